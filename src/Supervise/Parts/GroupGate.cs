using System;
using System.Threading;
using System.Threading.Tasks;

namespace Supervise;

/// <summary>
/// The gate of a child of a <see cref="SupervisorGroup"/>: the group opens it (children start in
/// order), closes it and takes the run away (a strategy restart stops the others), and learns when the
/// child has left its run and when a let-in run's worker was called.
/// </summary>
/// <remarks>
/// Concurrency: <c>_gate</c> guards every field; the child's loop enters and leaves, the group's loop
/// opens and closes. Cancellation and task completion happen after the lock is released.
/// </remarks>
internal sealed class GroupGate : RunGate
{
    private readonly Supervisor _child;
    private readonly object _gate = new();
    private bool _open;
    private bool _inRun;
    private bool _takenAway;
    private TaskCompletionSource<bool>? _opened;
    private TaskCompletionSource<bool> _left = Completed();
    private TaskCompletionSource<bool>? _invoked;
    private CancellationTokenSource? _runSource;

    public GroupGate(Supervisor child)
    {
        _child = child;
    }

    public override CancellationToken RunToken
    {
        get
        {
            lock (_gate)
            {
                return _runSource?.Token ?? CancellationToken.None;
            }
        }
    }

    public override async ValueTask<bool> EnterAsync(CancellationToken stoppingToken)
    {
        TaskCompletionSource<bool> opened;
        lock (_gate)
        {
            if (_open)
            {
                OpenRunLocked(stoppingToken);
                return true;
            }

            opened = _opened ??= new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        using (stoppingToken.Register(static state => ((TaskCompletionSource<bool>)state!).TrySetResult(false), opened))
        {
            if (!await opened.Task.ConfigureAwait(false) || stoppingToken.IsCancellationRequested)
            {
                return false;
            }
        }

        lock (_gate)
        {
            OpenRunLocked(stoppingToken);
        }

        return _child.EnterLoopState(_child.CurrentSession!, SupervisorState.Running) || _child.State == SupervisorState.Running;
    }

    /// <summary>Called as the run's worker has been called: the group may start the next child.</summary>
    public void RunInvoked()
    {
        TaskCompletionSource<bool>? invoked;
        lock (_gate)
        {
            invoked = _invoked;
            _invoked = null;
        }

        invoked?.TrySetResult(true);
    }

    public override void RunEnded()
    {
        TaskCompletionSource<bool> left;
        lock (_gate)
        {
            _inRun = false;
            left = _left;
        }

        left.TrySetResult(true);
    }

    public override bool TookRunAway(CancellationToken stoppingToken)
    {
        lock (_gate)
        {
            return _takenAway && !stoppingToken.IsCancellationRequested;
        }
    }

    public override ValueTask RunTakenAwayAsync()
    {
        lock (_gate)
        {
            _takenAway = false;
        }

        return default;
    }

    public override ValueTask ReleaseAsync()
    {
        CancellationTokenSource? runSource;
        TaskCompletionSource<bool> left;
        TaskCompletionSource<bool>? invoked;
        lock (_gate)
        {
            _inRun = false;
            runSource = _runSource;
            _runSource = null;
            left = _left;
            invoked = _invoked;
            _invoked = null;
        }

        runSource?.Dispose();
        left.TrySetResult(true);
        invoked?.TrySetResult(false);
        return default;
    }

    /// <summary>The group lets the child run: a waiting child starts now. Completes when its worker has been called, or the child left.</summary>
    public Task OpenAsync()
    {
        TaskCompletionSource<bool>? opened;
        TaskCompletionSource<bool> invoked;
        lock (_gate)
        {
            _open = true;
            opened = _opened;
            _opened = null;
            // Completed by the child once its worker has been called; the group goes on to the next
            // child on that thread rather than on a pool thread of its own (a hop per child). Nothing
            // completes it under a lock.
            invoked = _invoked = new TaskCompletionSource<bool>();
        }

        opened?.TrySetResult(true);
        return invoked.Task;
    }

    /// <summary>The group closes the gate, and takes away the child's run if one is going. Completes when the child is out of its run.</summary>
    public Task CloseAsync()
    {
        CancellationTokenSource? takeAway = null;
        Task left;
        lock (_gate)
        {
            _open = false;
            if (_inRun)
            {
                _takenAway = true;
                _left = LeftSignal();
                takeAway = _runSource;
            }

            left = _left.Task;
        }

        if (takeAway is not null)
        {
            try
            {
                takeAway.Cancel();
            }
            catch (AggregateException callbacksFailed)
            {
                SupervisorLog.StopCallbackFailed(_child.Instrumentation.Log, _child.Name, callbacksFailed);
            }
            catch (ObjectDisposedException)
            {
                // The run ended, and the gate let go of it, as the group closed it.
            }
        }

        return left;
    }

    /// <summary>
    /// Completed by the child's loop as it leaves its run; the group, which waits for it while it takes
    /// runs away, goes on on that thread (a hop per child saved). Nothing completes it under a lock.
    /// </summary>
    private static TaskCompletionSource<bool> LeftSignal() => new();

    private static TaskCompletionSource<bool> Completed()
    {
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult(true);
        return done;
    }

    private void OpenRunLocked(CancellationToken stoppingToken)
    {
        _runSource?.Dispose();
        _runSource = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        _inRun = true;
        _takenAway = false;
        if (_left.Task.IsCompleted)
        {
            _left = LeftSignal();
        }
    }
}

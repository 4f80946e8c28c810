using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Supervise;

/// <summary>
/// One run of a <see cref="SupervisorGroup"/>, start to end: its stop, its restart intensity, and the
/// queue of what its children report, which the group's loop handles one at a time.
/// </summary>
/// <remarks>
/// Concurrency: children post from their own threads; only the group's loop receives, one event at a
/// time. <c>_inbox</c> guards the queue and the waiting receive. The flags are the group's lock's.
/// </remarks>
internal sealed class GroupRun : IDisposable
{
    private static readonly Task<SupervisorGroup.GroupEvent?> NoEvent = Task.FromResult<SupervisorGroup.GroupEvent?>(null);

    private readonly object _inbox = new();
    private readonly Queue<SupervisorGroup.GroupEvent> _events = new();
    private TaskCompletionSource<SupervisorGroup.GroupEvent?>? _receiving;
    private readonly CancellationTokenRegistration _callerRegistration;
    private readonly TaskCompletionSource<bool> _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public GroupRun(bool runsInBackground, CancellationToken callerToken, SupervisorGroupSettings settings, TimeProvider timeProvider)
    {
        RunsInBackground = runsInBackground;
        TimeProvider = timeProvider;
        Clock = RunClock.For(timeProvider);
        Intensity = new RestartWindow(settings.MaxRestarts < 0 ? int.MaxValue : settings.MaxRestarts, TimeSpan.FromMilliseconds(settings.RestartWindowMs), Clock.Frequency);
        Stop.Token.Register(
            static state =>
            {
                var run = (GroupRun)state!;
                run._stopped.TrySetResult(true);
                run.Wake(null, onPostersThread: false);
            },
            this);
        if (callerToken.CanBeCanceled)
        {
            _callerRegistration = callerToken.Register(static state => ((GroupRun)state!).CancelStop(), this);
        }
    }

    public bool RunsInBackground { get; }

    public TimeProvider TimeProvider { get; }

    public RunClock Clock { get; }

    /// <summary>The group's restart intensity, over all its children.</summary>
    public RestartWindow Intensity { get; }

    /// <summary>Cancelled when the group must stop.</summary>
    public CancellationTokenSource Stop { get; } = new();

    /// <summary>Completes when the group must stop: one task for every wait of the run to race against, where a delay per wait would stay registered until the stop.</summary>
    public Task Stopped => _stopped.Task;

    /// <summary>How long a stopper waits for the children (their own shutdown timeouts still apply).</summary>
    public CancellationToken StopWaitToken { get; set; }

    public TaskCompletionSource<bool> Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SupervisorGaveUpException? GaveUp { get; set; }

    /// <summary>The first child whose worker did not stop in time, if any.</summary>
    public Supervisor? UnstoppedChild { get; set; }

    /// <summary>
    /// Hands an event to the group's loop. With <paramref name="onPostersThread"/> a loop that waits for
    /// it goes on at once on this thread (a restart request: its child waits for the answer anyway, and
    /// a hop to the pool and back would cost two thread wake-ups per restart); otherwise on the pool
    /// (a session's end, which may come from anywhere). The poster must hold no lock.
    /// </summary>
    public void Post(SupervisorGroup.GroupEvent groupEvent, bool onPostersThread)
    {
        lock (_inbox)
        {
            if (_receiving is null)
            {
                _events.Enqueue(groupEvent);
                return;
            }
        }

        Wake(groupEvent, onPostersThread);
    }

    /// <summary>The next event, or null once the group is stopping.</summary>
    public Task<SupervisorGroup.GroupEvent?> ReceiveAsync()
    {
        lock (_inbox)
        {
            if (Stop.IsCancellationRequested)
            {
                return NoEvent;
            }

            if (_events.Count > 0)
            {
                return Task.FromResult<SupervisorGroup.GroupEvent?>(_events.Dequeue());
            }

            // Completed by Wake, which decides on which thread the loop goes on.
            _receiving = new TaskCompletionSource<SupervisorGroup.GroupEvent?>();
            return _receiving.Task;
        }
    }

    private void Wake(SupervisorGroup.GroupEvent? groupEvent, bool onPostersThread)
    {
        TaskCompletionSource<SupervisorGroup.GroupEvent?>? receiving;
        lock (_inbox)
        {
            receiving = _receiving;
            _receiving = null;
            if (receiving is null)
            {
                if (groupEvent is not null)
                {
                    _events.Enqueue(groupEvent);
                }

                return;
            }
        }

        if (onPostersThread)
        {
            receiving.TrySetResult(groupEvent);
        }
        else
        {
            _ = Task.Run(() => receiving.TrySetResult(groupEvent));
        }
    }

    public void CancelStop()
    {
        try
        {
            Stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run ended as the stop came in.
        }
    }

    public void Dispose()
    {
        _callerRegistration.Dispose();
        Stop.Dispose();
    }
}

using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.Extensions.Logging;

namespace Supervise;

// The steps the generated loop calls around each run: the loop owns the control flow (specialised
// by the attribute), these own the bookkeeping, written and tested once.
public abstract partial class Supervisor
{
    private const long NoRun = long.MinValue;

    private int _restartCount;
    private int _consecutiveFailures;
    private Exception? _lastFailure;
    private bool _lastRunFailed;
    private long _runStartedAt = NoRun;
    private SupervisionContext? _context;

    /// <summary>How many times the worker has been restarted (runs after the first) in the current or last run of the supervisor.</summary>
    public int RestartCount => Volatile.Read(ref _restartCount);

    /// <summary>
    /// How many runs in a row have failed; 0 after a run that completed, and 1 again after a failure of
    /// a run that stayed up for <see cref="ResetAfter"/>.
    /// </summary>
    public int ConsecutiveFailures => Volatile.Read(ref _consecutiveFailures);

    /// <summary>The worker's most recent failure, or <see langword="null"/> if it has not failed.</summary>
    public Exception? LastFailure => Volatile.Read(ref _lastFailure);

    /// <summary>How long the current run of the worker has been up; zero when no run is in progress.</summary>
    public TimeSpan Uptime
    {
        get
        {
            var startedAt = Volatile.Read(ref _runStartedAt);
            return startedAt == NoRun ? TimeSpan.Zero : _clock.Elapsed(startedAt);
        }
    }

    /// <summary>Called by the generated loop as a run of the worker begins.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected void OnRunStarting()
    {
        var startedAt = _clock.Now();
        Volatile.Write(ref _runStartedAt, startedAt);

        // Most runs start in a healthy loop that nobody watches: they stop at these flag checks.
        if (Volatile.Read(ref _state) != (int)SupervisorState.Running || _nextRestartAtTicks != 0 || _circuit != (int)CircuitState.Closed
            || _logs || SupervisorTelemetry.ActivitySource.HasListeners())
        {
            BeginNoticedRun(startedAt);
        }
    }

    /// <summary>
    /// Called by the generated loop for a worker that takes a <see cref="SupervisionContext"/>: the
    /// supervisor's one context, pointed at the run that starts.
    /// </summary>
    /// <param name="runToken">The token the run receives.</param>
    /// <returns>The context to pass to the worker.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected SupervisionContext ContextForRun(CancellationToken runToken)
    {
        var context = _context ??= new SupervisionContext(this);
        context.BeginRun(runToken);
        return context;
    }

    /// <summary>Called by the generated loop when a run of the worker returned.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected void OnRunCompleted()
    {
        var startedAt = _runStartedAt;
        Volatile.Write(ref _runStartedAt, NoRun);
        _lastRunFailed = false;
        if (_consecutiveFailures != 0 || _circuit != (int)CircuitState.Closed || _circuitCloseTimer is not null
            || _logs || _runActivity is not null || SupervisorTelemetry.RunDuration.Enabled)
        {
            EndNoticedCompletion(startedAt);
        }
    }

    /// <summary>Called by the generated loop when a run of the worker threw.</summary>
    /// <param name="failure">What the worker threw.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void OnRunFailed(Exception failure)
    {
        var startedAt = EndRun();
        var duration = _clock.Elapsed(startedAt);
        RecordRunEnd(startedAt, "failed", failure);
        _lastRunFailed = true;
        Volatile.Write(ref _lastFailure, failure);

        // A failure after a stable run starts the count (and so the backoff) again.
        Volatile.Write(ref _consecutiveFailures, duration >= ResetAfter ? 1 : _consecutiveFailures + 1);
        if (_logs)
        {
            SupervisorLog.RunFailed(_logger, Name, (long)duration.TotalMilliseconds, failure);
        }
    }

    /// <summary>Called by the generated loop to give up; the loop throws what this returns.</summary>
    /// <param name="reason">Why the supervisor gives up.</param>
    /// <returns>The exception that ends supervision as <see cref="SupervisorState.Faulted"/>.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected SupervisorGaveUpException GiveUp(GiveUpReason reason) => new(Name, reason, RestartCount, LastFailure);

    /// <summary>Called by the generated loop when a worker returned a null task instead of a task to await.</summary>
    /// <returns>The failure to record for that run.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected Exception WorkerReturnedNullTask() => new InvalidOperationException($"The worker of supervisor '{Name}' returned a null Task.");

    /// <summary>The rest of <see cref="OnRunStarting"/>, for a run that changes state or that someone watches.</summary>
    private void BeginNoticedRun(long startedAt)
    {
        if (Volatile.Read(ref _state) != (int)SupervisorState.Running)
        {
            EnterLoopState(SupervisorState.Running);
        }

        Volatile.Write(ref _nextRestartAtTicks, 0);
        if (_circuit == (int)CircuitState.HalfOpen)
        {
            ArmCircuitClose(startedAt);
        }

        if (_logs)
        {
            SupervisorLog.RunStarted(_logger, Name, _restartCount + 1);
        }

        TraceRunStart(_restartCount + 1);
    }

    /// <summary>The rest of <see cref="OnRunCompleted"/>, for a completion that changes counts or that someone watches.</summary>
    private void EndNoticedCompletion(long startedAt)
    {
        DisarmCircuitClose();
        Volatile.Write(ref _consecutiveFailures, 0);
        if (_circuit != (int)CircuitState.Closed)
        {
            CloseCircuit();
        }

        RecordRunEnd(startedAt, "completed", failure: null);
        if (_logs && _logger.IsEnabled(LogLevel.Information))
        {
            SupervisorLog.RunCompleted(_logger, Name, (long)_clock.Elapsed(startedAt).TotalMilliseconds);
        }
    }

    /// <summary>Marks the run as over and returns when it started.</summary>
    private long EndRun()
    {
        var startedAt = _runStartedAt;
        Volatile.Write(ref _runStartedAt, NoRun);
        DisarmCircuitClose();
        return startedAt;
    }

    /// <summary>Starts a new run of the supervisor from zero.</summary>
    private void ResetCounters()
    {
        Volatile.Write(ref _restartCount, 0);
        Volatile.Write(ref _consecutiveFailures, 0);
        Volatile.Write(ref _lastFailure, null);
        _lastRunFailed = false;
        ResetRestartPolicies();
    }

    /// <summary>Releases what the runs of an ended session held: timers, the token source of a watched run, and a run ended by the stop.</summary>
    private void ReleaseRunResources()
    {
        var startedAt = Interlocked.Exchange(ref _runStartedAt, NoRun);
        if (startedAt != NoRun)
        {
            RecordRunEnd(startedAt, "stopped", failure: null);
        }

        Volatile.Write(ref _nextRestartAtTicks, 0);
        DisarmCircuitClose();
        ReleaseWatchdog();
    }

    /// <summary>Moves to a state of the running loop, unless a stop has already taken over the state.</summary>
    private void EnterLoopState(SupervisorState state)
    {
        SupervisorState previous;
        lock (_gate)
        {
            if (_session is null || _session.StopRequested)
            {
                return;
            }

            previous = SetStateLocked(state);
        }

        RaiseStateChanged(previous, state);
    }
}

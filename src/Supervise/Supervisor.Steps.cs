using System;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Supervise;

// The steps the generated loop calls, in the order it calls them: the loop owns the control flow
// (specialised by the attribute), these own the bookkeeping, written and tested once.
public abstract partial class Supervisor
{
    private int _restartCount;
    private int _consecutiveFailures;
    private Exception? _lastFailure;
    private long _runStartedAt;
    private SupervisionContext? _context;

    /// <summary>How many times the worker has been restarted (runs after the first) in the current or last run of the supervisor.</summary>
    public int RestartCount => Volatile.Read(ref _restartCount);

    /// <summary>How many runs in a row have failed; 0 after a run that completed.</summary>
    public int ConsecutiveFailures => Volatile.Read(ref _consecutiveFailures);

    /// <summary>The worker's most recent failure, or <see langword="null"/> if it has not failed.</summary>
    public Exception? LastFailure => Volatile.Read(ref _lastFailure);

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

    /// <summary>Called by the generated loop as a run of the worker begins.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void OnRunStarting()
    {
        if (Volatile.Read(ref _state) != (int)SupervisorState.Running)
        {
            EnterLoopState(SupervisorState.Running);
        }

        _runStartedAt = _timeProvider.GetTimestamp();
        SupervisorLog.RunStarted(_logger, Name, _restartCount + 1);
    }

    /// <summary>Called by the generated loop when a run of the worker returned.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void OnRunCompleted()
    {
        Volatile.Write(ref _consecutiveFailures, 0);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            SupervisorLog.RunCompleted(_logger, Name, ElapsedMilliseconds());
        }
    }

    /// <summary>Called by the generated loop when a run of the worker threw.</summary>
    /// <param name="failure">What the worker threw.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void OnRunFailed(Exception failure)
    {
        Volatile.Write(ref _lastFailure, failure);
        Volatile.Write(ref _consecutiveFailures, _consecutiveFailures + 1);
        if (_logger.IsEnabled(LogLevel.Warning))
        {
            SupervisorLog.RunFailed(_logger, Name, ElapsedMilliseconds(), failure);
        }
    }

    /// <summary>Called by the generated loop before a restart with no delay; counts the restart.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void OnRestarting()
    {
        SupervisorLog.Restarting(_logger, Name, 0, _restartCount + 2);
        Volatile.Write(ref _restartCount, _restartCount + 1);
    }

    /// <summary>
    /// Called by the generated loop to wait before a restart. Counts the restart when the wait ends;
    /// a stop during the wait ends it at once.
    /// </summary>
    /// <param name="delay">How long to wait.</param>
    /// <param name="stoppingToken">The supervisor's stop token.</param>
    /// <returns><see langword="true"/> to restart, <see langword="false"/> if supervision is stopping.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected async Task<bool> DelayRestartAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        SupervisorLog.Restarting(_logger, Name, (long)delay.TotalMilliseconds, _restartCount + 2);
        if (delay > TimeSpan.Zero)
        {
            var wait = Delay(_timeProvider, delay, stoppingToken);

            // Entered once the timer exists, so whoever watches for this state can advance a fake clock.
            EnterLoopState(SupervisorState.WaitingToRestart);
            try
            {
                await wait.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return false;
            }
        }

        if (stoppingToken.IsCancellationRequested)
        {
            return false;
        }

        Volatile.Write(ref _restartCount, _restartCount + 1);
        return true;
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

    private void ResetCounters()
    {
        Volatile.Write(ref _restartCount, 0);
        Volatile.Write(ref _consecutiveFailures, 0);
        Volatile.Write(ref _lastFailure, null);
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

    private long ElapsedMilliseconds() => (long)_timeProvider.GetElapsedTime(_runStartedAt).TotalMilliseconds;

    private static Task Delay(TimeProvider timeProvider, TimeSpan delay, CancellationToken cancellationToken) =>
#if NET8_0_OR_GREATER
        Task.Delay(delay, timeProvider, cancellationToken);
#else
        timeProvider.Delay(delay, cancellationToken);
#endif
}

using System;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;

namespace Supervise;

// The heartbeat watchdog: a run that sends no heartbeat within the timeout is cancelled and counted
// as a failure. If it ignores the cancellation for the shutdown timeout, it is left behind and the
// loop moves on, so one hung worker cannot stall supervision.
public abstract partial class Supervisor
{
    private WatchedRun? _watchedRun;
    private ITimer? _watchdogTimer;
    private TimeSpan _heartbeatTimeout;

    /// <summary>Called by the generated loop, when a heartbeat timeout is set, as a run begins.</summary>
    /// <param name="stoppingToken">The supervisor's stop token.</param>
    /// <param name="heartbeatTimeout">How long the run may go without a heartbeat.</param>
    /// <returns>The token to give the run: cancelled at a stop or when the run is found hung.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected CancellationToken StartWatchedRun(CancellationToken stoppingToken, TimeSpan heartbeatTimeout)
    {
        var run = new WatchedRun(stoppingToken);
        _heartbeatTimeout = heartbeatTimeout;
        ContextForRun(run.Token);
        Volatile.Write(ref _watchedRun, run);
        var timer = _watchdogTimer ??= _timeProvider.CreateTimer(static state => ((Supervisor)state!).OnWatchdogTick(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        timer.Change(heartbeatTimeout, Timeout.InfiniteTimeSpan);
        return run.Token;
    }

    /// <summary>
    /// Called by the generated loop to await a watched run: ends with the run, or throws
    /// <see cref="WorkerHungException"/> when a hung run ignored its cancellation for the shutdown timeout.
    /// </summary>
    /// <param name="run">The worker's task.</param>
    /// <returns>A task that ends as the run does.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected async Task WatchRunAsync(Task run)
    {
        var watched = Volatile.Read(ref _watchedRun);
        if (watched is not null && !run.IsCompleted && await Task.WhenAny(run, watched.Abandoned.Task).ConfigureAwait(false) != run)
        {
            // Observe whatever the abandoned run ends with, so it is never an unobserved task exception.
            _ = run.ContinueWith(static task => _ = task.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            SupervisorLog.HungWorkerAbandoned(_logger, Name, (long)ShutdownTimeout.TotalMilliseconds);
            throw new WorkerHungException(Name, _heartbeatTimeout, innerException: null);
        }

        await run.ConfigureAwait(false);
    }

    /// <summary>Called by the generated loop after a watched run: a hung run's outcome becomes a <see cref="WorkerHungException"/>.</summary>
    /// <param name="failure">What the run threw, if anything.</param>
    /// <returns>The failure to record, or null if the run completed normally.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected Exception? EndWatchedRun(Exception? failure)
    {
        var run = Interlocked.Exchange(ref _watchedRun, null);
        _watchdogTimer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        if (run is null)
        {
            return failure;
        }

        run.Release();
        return run.IsHung ? failure as WorkerHungException ?? new WorkerHungException(Name, _heartbeatTimeout, failure) : failure;
    }

    private void OnWatchdogTick()
    {
        var run = Volatile.Read(ref _watchedRun);
        var context = _context;
        if (run is null || context is null)
        {
            return;
        }

        if (run.IsHung)
        {
            // The hung run had the shutdown timeout to return after its cancellation, and did not.
            run.Abandoned.TrySetResult(true);
            return;
        }

        var quiet = _clock.Elapsed(context.LastHeartbeat);
        if (quiet < _heartbeatTimeout)
        {
            _watchdogTimer?.Change(_heartbeatTimeout - quiet, Timeout.InfiniteTimeSpan);
            return;
        }

        if (run.TryMarkHung())
        {
            SupervisorLog.WorkerHung(_logger, Name, (long)_heartbeatTimeout.TotalMilliseconds);
            if (ShutdownTimeout > TimeSpan.Zero)
            {
                _watchdogTimer?.Change(ShutdownTimeout, Timeout.InfiniteTimeSpan);
            }
            else
            {
                run.Abandoned.TrySetResult(true);
            }
        }
    }

    private void ReleaseWatchdog()
    {
        _watchdogTimer?.Dispose();
        _watchdogTimer = null;
        Interlocked.Exchange(ref _watchedRun, null)?.Release();
    }
}

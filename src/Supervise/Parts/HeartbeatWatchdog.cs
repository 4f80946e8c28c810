using System;
using System.Threading;

namespace Supervise;

/// <summary>
/// One session's heartbeat watchdog: a run that sends no heartbeat within the timeout is cancelled
/// and counts as a failure (<see cref="WorkerHungException"/>). A hung run that ignores its
/// cancellation for the shutdown timeout makes the supervisor Unstopped, and no new run starts
/// until it returns: one handle never runs two copies of its worker.
/// </summary>
/// <remarks>
/// Concurrency: <c>_gate</c> guards the current run, the timer and the stand-down flag; the loop
/// starts and ends runs, the timer's thread checks them. State changes made under <c>_gate</c>
/// take the lifecycle lock inside it (never the other way round) and deliver their events after it.
/// </remarks>
internal sealed class HeartbeatWatchdog
{
    private readonly Supervisor _owner;
    private readonly SupervisorSession _session;
    private readonly object _gate = new();
    private WatchedRun? _run;
    private ITimer? _timer;
    private TimeSpan _timeout;
    private TimeSpan _shutdownTimeout;
    private bool _standingDown;

    public HeartbeatWatchdog(Supervisor owner, SupervisorSession session)
    {
        _owner = owner;
        _session = session;
    }

    /// <summary>Starts watching a run; returns the token to give it.</summary>
    public CancellationToken StartRun(TimeProvider timeProvider, CancellationToken stoppingToken, TimeSpan timeout, TimeSpan shutdownTimeout, long now)
    {
        var run = new WatchedRun(stoppingToken, now);
        lock (_gate)
        {
            _run = run;
            _timeout = timeout;
            _shutdownTimeout = shutdownTimeout;
            if (!_standingDown)
            {
                _timer ??= timeProvider.CreateTimer(static state => ((HeartbeatWatchdog)state!).Check(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                _timer.Change(timeout, Timeout.InfiniteTimeSpan);
            }
        }

        return run.Token;
    }

    /// <summary>Gives the current run its context, whose heartbeats the watchdog then reads.</summary>
    public void Attach(SupervisionContext context)
    {
        lock (_gate)
        {
            if (_run is { Context: null } run)
            {
                run.Context = context;
            }
        }
    }

    /// <summary>Ends the current run: a hung run's outcome becomes a <see cref="WorkerHungException"/>.</summary>
    /// <param name="failure">What the run threw, if anything.</param>
    /// <returns>The failure to record, or null for a completion.</returns>
    public Exception? EndRun(Exception? failure)
    {
        WatchedRun? run;
        bool leftUnstopped;
        lock (_gate)
        {
            run = _run;
            _run = null;
            _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            leftUnstopped = run is { IsUnstopped: true } && _owner.LeaveHungUnstopped(_session);
        }

        if (leftUnstopped)
        {
            _owner.DeliverEvents();
        }

        if (run is null)
        {
            return failure;
        }

        run.Release();
        return run.IsHung ? failure as WorkerHungException ?? new WorkerHungException(_owner.Name, _timeout, failure) : failure;
    }

    /// <summary>A stop governs the run from now on (its own shutdown timeout): the watchdog no longer acts.</summary>
    public void StandDown()
    {
        lock (_gate)
        {
            _standingDown = true;
            _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>At teardown: no timer outlives the session.</summary>
    public void Release()
    {
        lock (_gate)
        {
            _standingDown = true;
            _timer?.Dispose();
            _timer = null;
            _run?.Release();
            _run = null;
        }
    }

    private void Check()
    {
        WatchedRun? hung = null;
        var unstopped = false;
        lock (_gate)
        {
            var run = _run;
            if (_standingDown || run is null || run.IsUnstopped)
            {
                return;
            }

            if (run.IsHung)
            {
                // It had the shutdown timeout to return after its cancellation, and did not.
                run.IsUnstopped = unstopped = _owner.EnterHungUnstopped(_session);
            }
            else
            {
                var quiet = _owner.Clock.Elapsed(run.LastSignOfLife);
                if (quiet < _timeout)
                {
                    _timer?.Change(_timeout - quiet, Timeout.InfiniteTimeSpan);
                    return;
                }

                run.IsHung = true;
                hung = run;
                if (_shutdownTimeout > TimeSpan.Zero)
                {
                    _timer?.Change(_shutdownTimeout, Timeout.InfiniteTimeSpan);
                }
                else
                {
                    run.IsUnstopped = unstopped = _owner.EnterHungUnstopped(_session);
                }
            }
        }

        if (hung is not null)
        {
            SupervisorLog.WorkerHung(_owner.Instrumentation.Log, _owner.Name, (long)_timeout.TotalMilliseconds);
            if (hung.Cancel() is { } callbacksFailed)
            {
                SupervisorLog.StopCallbackFailed(_owner.Instrumentation.Log, _owner.Name, callbacksFailed);
            }
        }

        if (unstopped)
        {
            SupervisorLog.HungWorkerUnstopped(_owner.Instrumentation.Log, _owner.Name, (long)_shutdownTimeout.TotalMilliseconds);
        }

        _owner.DeliverEvents();
    }
}

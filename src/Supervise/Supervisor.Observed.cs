using System;
using System.Collections.Generic;
using System.Threading;

namespace Supervise;

// What anyone may watch: the state of the current (or last) session, read from any thread, and the
// events. Events are delivered one at a time, in the order things happened, never under a lock;
// a handler that throws is logged and skipped, never disturbing supervision or the other handlers.
public abstract partial class Supervisor
{
    /// <summary>How many times the worker has been restarted (runs after the first) in the current or last run of the supervisor.</summary>
    public int RestartCount => _ledger.RestartCount;

    /// <summary>
    /// How many runs in a row have failed; 0 after a run that completed, and 1 again after a failure of
    /// a run that stayed up for <see cref="ResetAfter"/>.
    /// </summary>
    public int ConsecutiveFailures => _ledger.ConsecutiveFailures;

    /// <summary>The worker's most recent failure, or <see langword="null"/> if it has not failed.</summary>
    public Exception? LastFailure => _ledger.LastFailure;

    /// <summary>When <see cref="LastFailure"/> happened (UTC, by the supervisor's clock), or null if the worker has not failed.</summary>
    public DateTimeOffset? LastFailureAt => _ledger.LastFailureAt;

    /// <summary>
    /// The last runs, oldest first, up to <see cref="RunHistoryCapacity"/> of them (none unless it is
    /// set), across the supervisor's sessions: when each started, how long it lasted, how it ended.
    /// A copy, safe to read from any thread.
    /// </summary>
    public IReadOnlyList<RunRecord> RecentRuns => _history?.Snapshot() ?? Array.Empty<RunRecord>();

    /// <summary>How long the current run of the worker has been up; zero when no run is in progress.</summary>
    public TimeSpan Uptime
    {
        get
        {
            var startedAt = _ledger.RunStartedAt;
            return startedAt == RunLedger.NoRun ? TimeSpan.Zero : _clock.Elapsed(startedAt);
        }
    }

    /// <summary>When the worker will be restarted, while the supervisor waits to restart it (a restart delay or an open circuit); otherwise null.</summary>
    public DateTimeOffset? NextRestartAt => _schedule.NextRestartAt;

    /// <summary>The state of the circuit breaker; always <see cref="CircuitState.Closed"/> without one.</summary>
    public CircuitState Circuit => Volatile.Read(ref _session)?.Circuit?.State ?? CircuitState.Closed;

    /// <summary>Raised each time <see cref="State"/> changes, in the order of the changes.</summary>
    public event EventHandler<SupervisorStateChangedEventArgs>? StateChanged;

    /// <summary>Raised when a restart has been decided, before its delay (or the circuit's break) begins.</summary>
    public event EventHandler<RestartingEventArgs>? Restarting;

    /// <summary>
    /// Raised when the supervisor gives up on the worker (<see cref="State"/> already reads
    /// <see cref="SupervisorState.Faulted"/>), before <see cref="StateChanged"/> and before
    /// <see cref="RunAsync"/> throws (or <see cref="StopAsync"/> reports) the same exception.
    /// </summary>
    public event EventHandler<SupervisorGaveUpEventArgs>? GaveUp;

    /// <summary>Raised each time <see cref="Circuit"/> changes.</summary>
    public event EventHandler<CircuitStateChangedEventArgs>? CircuitStateChanged;

    /// <summary>Queues a state change's event; called under the lifecycle lock, so events keep the order of the changes.</summary>
    internal void QueueStateChanged(SupervisorState previous, SupervisorState state)
    {
        if (previous != state && StateChanged is not null)
        {
            Events.Enqueue(SupervisorEventKind.StateChanged, new SupervisorStateChangedEventArgs(previous, state));
        }
    }

    internal void QueueGaveUp(SupervisorGaveUpException exception)
    {
        if (GaveUp is not null)
        {
            Events.Enqueue(SupervisorEventKind.GaveUp, new SupervisorGaveUpEventArgs(exception));
        }
    }

    /// <summary>Delivers the queued events, unless another thread is delivering them.</summary>
    internal void DeliverEvents() => Volatile.Read(ref _events)?.Deliver(this, DeliverEvent);

    /// <summary>Reported by the circuit breaker, from the loop or from its close timer.</summary>
    internal void OnCircuitMoved(CircuitState previous, CircuitState state)
    {
        if (state == CircuitState.Closed)
        {
            SupervisorLog.CircuitClosed(_instrumentation.Log, Name);
        }

        if (CircuitStateChanged is not null)
        {
            Events.Enqueue(SupervisorEventKind.CircuitStateChanged, new CircuitStateChangedEventArgs(previous, state));
            DeliverEvents();
        }
    }

    private void AnnounceRestart(TimeSpan delay)
    {
        var attempt = _ledger.RestartCount + 2;
        if ((_slowPath & SlowPath.Logs) != 0)
        {
            SupervisorLog.Restarting(_instrumentation.Log, Name, (long)delay.TotalMilliseconds, attempt);
        }

        if (Restarting is not null)
        {
            Events.Enqueue(SupervisorEventKind.Restarting, new RestartingEventArgs(attempt, delay, _ledger.LastRunFailed ? _ledger.LastFailure : null));
            DeliverEvents();
        }
    }

    private void Deliver(SupervisorEventKind kind, EventArgs args)
    {
        switch (kind)
        {
            case SupervisorEventKind.StateChanged:
                Invoke(StateChanged, (SupervisorStateChangedEventArgs)args, nameof(StateChanged));
                break;
            case SupervisorEventKind.Restarting:
                Invoke(Restarting, (RestartingEventArgs)args, nameof(Restarting));
                break;
            case SupervisorEventKind.GaveUp:
                Invoke(GaveUp, (SupervisorGaveUpEventArgs)args, nameof(GaveUp));
                break;
            default:
                Invoke(CircuitStateChanged, (CircuitStateChangedEventArgs)args, nameof(CircuitStateChanged));
                break;
        }
    }

    private void Invoke<TArgs>(EventHandler<TArgs>? handlers, TArgs args, string eventName)
    {
        if (handlers is null)
        {
            return;
        }

        foreach (var handler in handlers.GetInvocationList())
        {
            try
            {
                ((EventHandler<TArgs>)handler)(this, args);
            }
            catch (Exception exception)
            {
                SupervisorLog.EventHandlerFailed(_instrumentation.Log, Name, eventName, exception);
            }
        }
    }
}

using System;

namespace Supervise;

// The events a supervisor raises. Handlers run synchronously on the thread that made the change
// (usually the supervising one); one that throws is logged and never disturbs supervision, nor the
// handlers subscribed after it.
public abstract partial class Supervisor
{
    /// <summary>Raised each time <see cref="State"/> changes.</summary>
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

    private void RaiseStateChanged(SupervisorState previous, SupervisorState state)
    {
        if (StateChanged is { } handler && previous != state)
        {
            Invoke(handler, new SupervisorStateChangedEventArgs(previous, state), nameof(StateChanged));
        }
    }

    private void RaiseRestarting(TimeSpan delay)
    {
        if (Restarting is { } handler)
        {
            Invoke(handler, new RestartingEventArgs(_restartCount + 2, delay, _lastRunFailed ? LastFailure : null), nameof(Restarting));
        }
    }

    private void RaiseGaveUp(SupervisorGaveUpException exception)
    {
        if (GaveUp is { } handler)
        {
            Invoke(handler, new SupervisorGaveUpEventArgs(exception), nameof(GaveUp));
        }
    }

    private void RaiseCircuitStateChanged(CircuitState previous, CircuitState state)
    {
        if (CircuitStateChanged is { } handler)
        {
            Invoke(handler, new CircuitStateChangedEventArgs(previous, state), nameof(CircuitStateChanged));
        }
    }

    private void Invoke<TArgs>(EventHandler<TArgs> handlers, TArgs args, string eventName)
    {
        foreach (var handler in handlers.GetInvocationList())
        {
            try
            {
                ((EventHandler<TArgs>)handler)(this, args);
            }
            catch (Exception exception)
            {
                SupervisorLog.EventHandlerFailed(_logger, Name, eventName, exception);
            }
        }
    }
}

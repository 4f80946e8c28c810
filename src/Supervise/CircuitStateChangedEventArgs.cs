using System;

namespace Supervise;

/// <summary>The data of <see cref="Supervisor.CircuitStateChanged"/>.</summary>
public sealed class CircuitStateChangedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="previousState">The state the circuit left.</param>
    /// <param name="state">The state it entered.</param>
    public CircuitStateChangedEventArgs(CircuitState previousState, CircuitState state)
    {
        PreviousState = previousState;
        State = state;
    }

    /// <summary>The state the circuit left.</summary>
    public CircuitState PreviousState { get; }

    /// <summary>The state it entered.</summary>
    public CircuitState State { get; }
}

using System;

namespace Supervise;

/// <summary>The data of <see cref="Supervisor.StateChanged"/>.</summary>
public sealed class SupervisorStateChangedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="previousState">The state the supervisor left.</param>
    /// <param name="state">The state it entered.</param>
    public SupervisorStateChangedEventArgs(SupervisorState previousState, SupervisorState state)
    {
        PreviousState = previousState;
        State = state;
    }

    /// <summary>The state the supervisor left.</summary>
    public SupervisorState PreviousState { get; }

    /// <summary>The state it entered.</summary>
    public SupervisorState State { get; }
}

using System;

namespace Supervise;

/// <summary>The data of <see cref="Supervisor.GaveUp"/>.</summary>
public sealed class SupervisorGaveUpEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="exception">Why the supervisor gave up, with the worker's last failure inside.</param>
    public SupervisorGaveUpEventArgs(SupervisorGaveUpException exception)
    {
        Exception = exception;
    }

    /// <summary>Why the supervisor gave up, with the worker's last failure as its inner exception.</summary>
    public SupervisorGaveUpException Exception { get; }
}

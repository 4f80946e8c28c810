using System;

namespace Supervise;

/// <summary>
/// Thrown by <see cref="Supervisor.StopAsync"/> when the worker did not return within the
/// shutdown timeout (or before the stop's own token was cancelled) after its stop token was cancelled.
/// The supervisor does not restart it; its state is <see cref="SupervisorState.Unstopped"/> until
/// the worker returns.
/// </summary>
public sealed class WorkerUnstoppedException : Exception
{
    /// <summary>Creates the exception for the supervisor <paramref name="supervisorName"/>.</summary>
    /// <param name="supervisorName">The name of the supervisor whose worker did not stop.</param>
    /// <param name="shutdownTimeout">How long the supervisor waited.</param>
    public WorkerUnstoppedException(string supervisorName, TimeSpan shutdownTimeout)
        : base($"The worker of supervisor '{supervisorName}' did not return after its stop token was cancelled (shutdown timeout {shutdownTimeout.TotalMilliseconds:0} ms, or the caller stopped waiting sooner); it is Unstopped: it may still be running, and it will not be restarted.")
    {
        SupervisorName = supervisorName;
        ShutdownTimeout = shutdownTimeout;
    }

    /// <summary>The name of the supervisor whose worker did not stop.</summary>
    public string SupervisorName { get; }

    /// <summary>How long the supervisor waited for the worker.</summary>
    public TimeSpan ShutdownTimeout { get; }
}

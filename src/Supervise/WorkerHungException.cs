using System;

namespace Supervise;

/// <summary>
/// The failure recorded for a run that sent no heartbeat within
/// <see cref="SupervisedAttribute.HeartbeatTimeoutMs"/>: the supervisor cancelled it and restarts it by
/// policy. The inner exception is what the worker threw when it was cancelled, if anything.
/// </summary>
public sealed class WorkerHungException : Exception
{
    /// <summary>Creates the exception for the supervisor <paramref name="supervisorName"/>.</summary>
    /// <param name="supervisorName">The name of the supervisor whose worker hung.</param>
    /// <param name="heartbeatTimeout">The heartbeat timeout that passed without a heartbeat.</param>
    /// <param name="innerException">What the worker threw when its run was cancelled, if anything.</param>
    public WorkerHungException(string supervisorName, TimeSpan heartbeatTimeout, Exception? innerException)
        : base($"The worker of supervisor '{supervisorName}' sent no heartbeat for {heartbeatTimeout.TotalMilliseconds:0} ms; its run was cancelled.", innerException)
    {
        SupervisorName = supervisorName;
        HeartbeatTimeout = heartbeatTimeout;
    }

    /// <summary>The name of the supervisor whose worker hung.</summary>
    public string SupervisorName { get; }

    /// <summary>The heartbeat timeout that passed without a heartbeat.</summary>
    public TimeSpan HeartbeatTimeout { get; }
}

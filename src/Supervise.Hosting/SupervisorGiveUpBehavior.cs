namespace Supervise.Hosting;

/// <summary>
/// What the host does when a supervisor gives up on its worker (enters
/// <see cref="SupervisorState.Faulted"/>), set for all workers or per worker in
/// <see cref="SupervisedWorkersOptions"/>.
/// </summary>
public enum SupervisorGiveUpBehavior
{
    /// <summary>
    /// Stop the application (<c>IHostApplicationLifetime.StopApplication()</c>) and make the process
    /// exit with <see cref="SupervisedWorkersOptions.FailureExitCode"/>, so an orchestrator sees a
    /// failure and can restart the process. The default.
    /// </summary>
    StopHost = 0,

    /// <summary>
    /// Keep the host and the other workers running. The worker stays <see cref="SupervisorState.Faulted"/>
    /// and its health check reports it Unhealthy.
    /// </summary>
    Ignore = 1,
}

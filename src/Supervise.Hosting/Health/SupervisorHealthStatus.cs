using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Supervise.Hosting;

/// <summary>How a supervisor's state reads as health: the one place the mapping is decided.</summary>
internal static class SupervisorHealthStatus
{
    public static HealthStatus Of(SupervisorState state) => state switch
    {
        SupervisorState.Running => HealthStatus.Healthy,

        // A singleton on standby: another replica holds the lease and does the work.
        SupervisorState.WaitingForLease => HealthStatus.Healthy,

        // Ended normally: stopped on request, or done for good by its restart mode.
        SupervisorState.Stopped => HealthStatus.Healthy,

        // Alive but not working right now; it will by itself (restart, half-open trial) or is shutting down.
        SupervisorState.WaitingToRestart => HealthStatus.Degraded,
        SupervisorState.CircuitOpen => HealthStatus.Degraded,
        SupervisorState.Stopping => HealthStatus.Degraded,

        // Not doing its job and nothing will make it: never started, gave up, or Unstopped.
        SupervisorState.NotStarted => HealthStatus.Unhealthy,
        SupervisorState.Faulted => HealthStatus.Unhealthy,
        SupervisorState.Unstopped => HealthStatus.Unhealthy,
        _ => HealthStatus.Unhealthy,
    };
}

namespace Supervise.Hosting;

/// <summary>The two questions an orchestrator asks of a process, and the one place their answers per state are decided.</summary>
internal enum SupervisorProbe
{
    /// <summary>Should the process be restarted? Only when a worker cannot recover by itself.</summary>
    Liveness,

    /// <summary>Is every worker doing its work now? Not while one waits, is paused, stops, or has failed for good.</summary>
    Readiness,
}

internal static class SupervisorProbeAnswers
{
    /// <summary>Whether a supervisor in <paramref name="state"/> passes <paramref name="probe"/>.</summary>
    public static bool Passes(SupervisorProbe probe, SupervisorState state) => state switch
    {
        // Working, on standby for a singleton's lease, or done for good by its restart mode.
        SupervisorState.Running or SupervisorState.WaitingForLease or SupervisorState.Stopped => true,

        // Alive and healing itself (or starting, or shutting down): restarting the process would not help, but it is not working now.
        SupervisorState.NotStarted or SupervisorState.WaitingToRestart or SupervisorState.CircuitOpen or SupervisorState.Stopping => probe == SupervisorProbe.Liveness,

        // Gave up, or its worker ignored a stop and may still run: only a new process recovers.
        _ => false,
    };
}

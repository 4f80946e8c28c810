namespace Supervise.Hosting;

/// <summary>
/// The tags of the probe entries that <c>AddHealthChecks().AddSupervisedWorkerProbes()</c> adds, by default,
/// for health endpoints that filter by tag (Kubernetes' liveness and readiness probes).
/// </summary>
/// <example>
/// <code>
/// app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains(SupervisedWorkersHealthTags.Live) });
/// app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(SupervisedWorkersHealthTags.Ready) });
/// </code>
/// </example>
public static class SupervisedWorkersHealthTags
{
    /// <summary>
    /// The liveness entry's tag: it fails only while a worker is beyond self-healing (<c>Faulted</c> or
    /// <c>Unstopped</c>), when restarting the process is the remedy left.
    /// </summary>
    public const string Live = "live";

    /// <summary>
    /// The readiness entry's tag: it fails while any worker is not doing its work now (not started yet,
    /// waiting to restart, behind an open circuit, stopping, or beyond self-healing).
    /// </summary>
    public const string Ready = "ready";
}

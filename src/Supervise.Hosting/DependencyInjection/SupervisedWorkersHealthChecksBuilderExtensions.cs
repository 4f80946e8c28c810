using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Supervise;
using Supervise.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Reports supervised workers through the .NET health checks.</summary>
public static class SupervisedWorkersHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds one health check per supervised worker (every worker of every
    /// <c>AddSupervisedWorkers&lt;T&gt;()</c>, whether registered before or after this call), named by its
    /// <see cref="Supervisor.Name"/>.
    /// </summary>
    /// <remarks>
    /// <para>Status by <see cref="SupervisorState"/>:</para>
    /// <list type="bullet">
    /// <item><description><see cref="HealthStatus.Healthy"/>: <c>Running</c>; <c>Stopped</c> (stopped on request, or done for good by its restart mode).</description></item>
    /// <item><description><see cref="HealthStatus.Degraded"/>: <c>WaitingToRestart</c>, <c>CircuitOpen</c>, <c>Stopping</c>.</description></item>
    /// <item><description><see cref="HealthStatus.Unhealthy"/>: <c>NotStarted</c> (the host has not started it), <c>Faulted</c> (gave up), <c>Unstopped</c> (its worker ignored a cancellation past the shutdown timeout).</description></item>
    /// </list>
    /// <para>
    /// Each entry's data holds the keys of <see cref="SupervisorHealthData"/>: state, since when, restart
    /// count, consecutive failures, the last failure's message and type, and the next restart time while
    /// waiting to restart or while the circuit is open. An entry that is not Healthy carries the last failure as its exception.
    /// </para>
    /// <para>
    /// A supervision group has an entry named by its <see cref="SupervisorGroup.Name"/>, its status mapped from
    /// its state the same way, with its state, since when, group restarts, policy and
    /// <see cref="SupervisorHealthData.Children"/> as data (and, once it gave up, the failure it gave up on);
    /// each child has its own entry, as a plain worker does.
    /// </para>
    /// <para>
    /// A keyed worker set (a parameterised worker's <c>&lt;Name&gt;Supervisors</c>) has one entry, named by
    /// its worker name: its data holds, per child, the child's key and its state's name (<c>"p1": "Running"</c>),
    /// and its status is the worst of its children's by the list above; a set with no children is Healthy.
    /// </para>
    /// </remarks>
    /// <param name="builder">The builder from <c>services.AddHealthChecks()</c>.</param>
    /// <param name="tags">Tags for every worker's entry, to filter health endpoints by; none by default.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="InvalidOperationException">This was already called on these services.</exception>
    public static IHealthChecksBuilder AddSupervisedWorkers(this IHealthChecksBuilder builder, IEnumerable<string>? tags = null)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        var services = builder.Services;
        if (services.Any(descriptor => descriptor.ServiceType == typeof(SupervisorHealthCheckRegistrations)))
        {
            throw new InvalidOperationException(
                "AddSupervisedWorkers() was already called on these health checks: it adds an entry for every supervised worker, " +
                "and a second call would add each again. Call it once, with all the tags the entries need.");
        }

        var tagList = tags?.ToArray() ?? Array.Empty<string>();
        SupervisedWorkersServices.AddCore(services);
        services.AddSingleton(provider => new SupervisorHealthCheckRegistrations(provider.GetRequiredService<SupervisedWorkerRegistry>(), tagList));
        services.AddSingleton<IConfigureOptions<HealthCheckServiceOptions>>(provider => provider.GetRequiredService<SupervisorHealthCheckRegistrations>());
        return builder;
    }

    /// <summary>
    /// Adds two entries that answer an orchestrator's probes for all supervised workers at once:
    /// <c>supervised-workers-live</c> (tagged <paramref name="livenessTag"/>) and
    /// <c>supervised-workers-ready</c> (tagged <paramref name="readinessTag"/>). Each is Healthy or Unhealthy,
    /// never Degraded, so a probe reading only the HTTP status (200 or 503) gets the answer.
    /// </summary>
    /// <remarks>
    /// <para>Passes by <see cref="SupervisorState"/>:</para>
    /// <list type="bullet">
    /// <item><description>both: <c>Running</c>, <c>WaitingForLease</c> (a singleton on standby), <c>Stopped</c> (done for good by its restart mode, or stopped on request).</description></item>
    /// <item><description>liveness only: <c>NotStarted</c>, <c>WaitingToRestart</c>, <c>CircuitOpen</c>, <c>Stopping</c>: it is healing itself, starting or shutting down, which a new process would not do better.</description></item>
    /// <item><description>neither: <c>Faulted</c> (gave up), <c>Unstopped</c> (its worker ignored a stop and may still run): only a new process recovers.</description></item>
    /// </list>
    /// <para>The entries' data holds every worker's state by name; the description names the workers that fail.</para>
    /// </remarks>
    /// <param name="builder">The builder from <c>services.AddHealthChecks()</c>.</param>
    /// <param name="livenessTag">The liveness entry's tag; <see cref="SupervisedWorkersHealthTags.Live"/> by default.</param>
    /// <param name="readinessTag">The readiness entry's tag; <see cref="SupervisedWorkersHealthTags.Ready"/> by default.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    public static IHealthChecksBuilder AddSupervisedWorkerProbes(
        this IHealthChecksBuilder builder,
        string livenessTag = SupervisedWorkersHealthTags.Live,
        string readinessTag = SupervisedWorkersHealthTags.Ready)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        if (string.IsNullOrWhiteSpace(livenessTag) || string.IsNullOrWhiteSpace(readinessTag))
        {
            throw new ArgumentException("The probe entries need a liveness and a readiness tag to be found by.");
        }

        SupervisedWorkersServices.AddCore(builder.Services);
        builder.Add(new HealthCheckRegistration(
            "supervised-workers-live",
            provider => new SupervisedWorkersProbeCheck(provider.GetRequiredService<SupervisedWorkerRegistry>(), SupervisorProbe.Liveness),
            HealthStatus.Unhealthy,
            new[] { livenessTag }));
        builder.Add(new HealthCheckRegistration(
            "supervised-workers-ready",
            provider => new SupervisedWorkersProbeCheck(provider.GetRequiredService<SupervisedWorkerRegistry>(), SupervisorProbe.Readiness),
            HealthStatus.Unhealthy,
            new[] { readinessTag }));
        return builder;
    }
}

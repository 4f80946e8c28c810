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
}

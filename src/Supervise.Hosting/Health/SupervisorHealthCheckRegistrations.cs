using System.Collections.Generic;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Supervise.Hosting;

/// <summary>
/// Adds one health check entry per supervised worker, named by its supervisor, one per supervision group,
/// named by the group, and one per keyed worker set, named by its worker, with each child's state in its
/// data. Worker names are known
/// only once the workers are resolved, so the entries are added when the health check options are built.
/// </summary>
internal sealed class SupervisorHealthCheckRegistrations : IConfigureOptions<HealthCheckServiceOptions>
{
    private readonly SupervisedWorkerRegistry _registry;
    private readonly IReadOnlyList<string> _tags;

    public SupervisorHealthCheckRegistrations(SupervisedWorkerRegistry registry, IReadOnlyList<string> tags)
    {
        _registry = registry;
        _tags = tags;
    }

    public void Configure(HealthCheckServiceOptions options)
    {
        foreach (var worker in _registry.All)
        {
            options.Registrations.Add(new HealthCheckRegistration(worker.Name, new SupervisorHealthCheck(worker), failureStatus: HealthStatus.Unhealthy, _tags));
        }

        foreach (var group in _registry.Groups)
        {
            options.Registrations.Add(new HealthCheckRegistration(group.Name, new SupervisorGroupHealthCheck(group), failureStatus: HealthStatus.Unhealthy, _tags));
        }

        // One entry per keyed set, not per child: children come and go, and entries are fixed once built.
        foreach (var set in _registry.AllSets)
        {
            options.Registrations.Add(new HealthCheckRegistration(set.Name, new SupervisorSetHealthCheck(set), failureStatus: HealthStatus.Unhealthy, _tags));
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Supervise.Hosting;

/// <summary>
/// The health check of one keyed worker set: one entry for the set, its data the state of each child by
/// key, its status the worst of the children's (an empty set is healthy: nothing was asked of it).
/// </summary>
internal sealed class SupervisorSetHealthCheck : IHealthCheck
{
    private readonly SupervisedWorkerSet _set;

    public SupervisorSetHealthCheck(SupervisedWorkerSet set)
    {
        _set = set;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Check());

    internal HealthCheckResult Check()
    {
        var children = _set.Set.Children;
        var data = new Dictionary<string, object>(children.Count);
        var states = new SupervisorState[children.Count];
        var status = HealthStatus.Healthy;
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            var state = states[i] = child.State;
            data[child.Key ?? child.Name] = state.ToString();
            var childStatus = SupervisorHealthStatus.Of(state);
            if (childStatus < status)
            {
                status = childStatus;
            }
        }

        return new HealthCheckResult(status, Describe(states), exception: null, data);
    }

    private static string Describe(SupervisorState[] states)
    {
        if (states.Length == 0)
        {
            return "No children: no key has been started.";
        }

        var counts = states.GroupBy(state => state).OrderBy(group => group.Key).Select(group => $"{group.Count()} {group.Key}");
        var children = states.Length == 1 ? "1 child" : $"{states.Length} children";
        return $"{children}: {string.Join(", ", counts)}.";
    }
}

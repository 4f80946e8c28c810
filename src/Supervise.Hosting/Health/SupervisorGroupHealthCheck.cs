using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Supervise.Hosting;

/// <summary>
/// The health check of one supervision group: its state as a status (mapped as a worker's is), its group
/// restarts, policy and children as data. Each child has its own entry, as a plain worker does.
/// </summary>
internal sealed class SupervisorGroupHealthCheck : IHealthCheck
{
    private readonly SupervisedGroup _group;

    public SupervisorGroupHealthCheck(SupervisedGroup group)
    {
        _group = group;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Check());

    internal HealthCheckResult Check()
    {
        var group = _group.Group;
        var state = group.State;
        var restartCount = group.RestartCount;
        var data = new Dictionary<string, object>
        {
            [SupervisorHealthData.State] = state.ToString(),
            [SupervisorHealthData.RestartCount] = restartCount,
            [SupervisorHealthData.Policy] = group.Settings.ToString(),
            [SupervisorHealthData.Children] = group.Children.Select(child => child.Name).ToArray(),
        };
        if (_group.StateSince is { } since)
        {
            data[SupervisorHealthData.StateSince] = since;
        }

        var gaveUp = state == SupervisorState.Faulted ? _group.LastGiveUp : null;
        if (gaveUp?.InnerException is { } failure)
        {
            data[SupervisorHealthData.LastFailure] = failure.Message;
            data[SupervisorHealthData.LastFailureType] = failure.GetType().FullName ?? failure.GetType().Name;
        }

        var status = SupervisorHealthStatus.Of(state);
        return new HealthCheckResult(status, Describe(state, restartCount, group.Children.Count), status == HealthStatus.Healthy ? null : gaveUp, data);
    }

    private static string Describe(SupervisorState state, int restartCount, int children) => state switch
    {
        SupervisorState.NotStarted => "Not started.",
        SupervisorState.Running => $"Running {Count(children, "child", "children")} ({Count(restartCount, "group restart", "group restarts")} so far).",
        SupervisorState.Stopping => "Stopping: stopping its children in reverse order.",
        SupervisorState.Stopped => $"Stopped after {Count(restartCount, "group restart", "group restarts")}.",
        SupervisorState.Faulted => $"Gave up after {Count(restartCount, "group restart", "group restarts")}; none of its children is running.",
        SupervisorState.Unstopped => "Unstopped: a child's worker ignored a cancellation past its shutdown timeout and may still be running.",
        _ => state.ToString(),
    };

    private static string Count(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";
}

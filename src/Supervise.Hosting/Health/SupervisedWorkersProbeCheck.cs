using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Supervise.Hosting;

/// <summary>One health entry for every supervised worker at once, answering a liveness or readiness probe.</summary>
internal sealed class SupervisedWorkersProbeCheck : IHealthCheck
{
    private readonly SupervisedWorkerRegistry _registry;
    private readonly SupervisorProbe _probe;

    public SupervisedWorkersProbeCheck(SupervisedWorkerRegistry registry, SupervisorProbe probe)
    {
        _registry = registry;
        _probe = probe;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Check());

    internal HealthCheckResult Check()
    {
        var failing = new List<string>();
        var data = new Dictionary<string, object>();
        foreach (var worker in _registry.All)
        {
            var state = worker.Supervisor.State;
            data[worker.Name] = state.ToString();
            if (!SupervisorProbeAnswers.Passes(_probe, state))
            {
                failing.Add($"{worker.Name} ({state})");
            }
        }

        var question = _probe == SupervisorProbe.Liveness ? "beyond self-healing" : "not working now";
        return failing.Count == 0
            ? HealthCheckResult.Healthy($"No supervised worker is {question}.", data)
            : HealthCheckResult.Unhealthy($"{string.Join(", ", failing)}: {question}.", data: data);
    }
}

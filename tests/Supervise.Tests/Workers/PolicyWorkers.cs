using System.IO;
using Supervise.Tests.Support;

namespace Supervise.Tests.Workers;

// Test workers for the restart policies, one per configuration; each hands its runs to a WorkerScript.

public sealed partial class JitteredBackoffWorker(WorkerScript script)
{
    [Supervised(Policy = RestartPolicy.Backoff, RestartDelayMs = 100, MaxDelayMs = 400)]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

public sealed partial class JitteredFixedWorker(WorkerScript script)
{
    [Supervised(RestartDelayMs = 1000, Jitter = true)]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

public sealed partial class ResetAfterWorker(WorkerScript script)
{
    [Supervised(Policy = RestartPolicy.Backoff, RestartDelayMs = 100, MaxDelayMs = 10_000, Jitter = false, ResetAfterMs = 1000)]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

public sealed partial class WindowLimitedWorker(WorkerScript script)
{
    [Supervised(Policy = RestartPolicy.Immediate, MaxRestarts = 2, RestartWindowMs = 1000)]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

public sealed partial class LifetimeLimitedWorker(WorkerScript script)
{
    [Supervised(Policy = RestartPolicy.Immediate, MaxRestarts = 1)]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

public sealed partial class CircuitWorker(WorkerScript script)
{
    [Supervised(RestartDelayMs = 100, CircuitBreakerThreshold = 3, CircuitBreakerDurationMs = 5000, ResetAfterMs = 2000)]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

public sealed partial class HeartbeatWorker(Func<SupervisionContext, Task> body)
{
    [Supervised(RestartDelayMs = 100, HeartbeatTimeoutMs = 1000, ShutdownTimeoutMs = 500)]
    private Task WorkAsync(SupervisionContext context) => body(context);
}

public sealed partial class StopOnWorker(WorkerScript script)
{
    [Supervised(Policy = RestartPolicy.Immediate, StopOn = new[] { typeof(InvalidOperationException) })]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

public sealed partial class RestartOnWorker(WorkerScript script)
{
    [Supervised(Policy = RestartPolicy.Immediate, RestartOn = new[] { typeof(IOException) }, StopOn = new[] { typeof(FileNotFoundException) })]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

public sealed partial class ContextWorkers(WorkerScript script)
{
    public List<(int Attempt, int RestartCount, bool SameToken)> Seen { get; } = new();

    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task TokenFirstAsync(CancellationToken stoppingToken, SupervisionContext context)
    {
        Seen.Add((context.Attempt, context.RestartCount, context.StoppingToken == stoppingToken));
        return script.RunAsync(stoppingToken);
    }

    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task ContextFirstAsync(SupervisionContext context, CancellationToken stoppingToken)
    {
        Seen.Add((context.Attempt, context.RestartCount, context.StoppingToken == stoppingToken));
        return script.RunAsync(stoppingToken);
    }
}

public sealed partial class ImmediateHeartbeatWorker(Func<SupervisionContext, Task> body)
{
    [Supervised(Policy = RestartPolicy.Immediate, HeartbeatTimeoutMs = 60_000)]
    private Task WorkAsync(SupervisionContext context) => body(context);
}

public sealed partial class TelemetryProbeWorker(WorkerScript script)
{
    public const string SupervisorName = "telemetry-probe";

    [Supervised(Policy = RestartPolicy.Immediate, Name = SupervisorName)]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

public sealed partial class StressWorker(Func<SupervisionContext, Task> body)
{
    [Supervised(RestartDelayMs = 5, HeartbeatTimeoutMs = 40, ShutdownTimeoutMs = 20, MaxRestarts = 12, RestartWindowMs = 150, CircuitBreakerThreshold = 3, CircuitBreakerDurationMs = 30)]
    private Task WorkAsync(SupervisionContext context) => body(context);
}

/// <summary>Backs off from 100 ms, exactly, and counts no run as stable by its length (a minute): only progress reports reset it.</summary>
public sealed partial class ProgressWorker(Func<SupervisionContext, Task> body)
{
    [Supervised(Policy = RestartPolicy.Backoff, RestartDelayMs = 100, MaxDelayMs = 10_000, Jitter = false, ResetAfterMs = 60_000)]
    private Task WorkAsync(SupervisionContext context) => body(context);
}

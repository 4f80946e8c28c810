using Supervise.Tests.Support;

namespace Supervise.Tests.Workers;

// Test workers, one per attribute configuration; each hands its runs to a WorkerScript.

public sealed partial class FixedWorker(WorkerScript script)
{
    [Supervised(RestartDelayMs = 500, ShutdownTimeoutMs = 1000)]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

public sealed partial class ImmediateWorker(WorkerScript script)
{
    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

public sealed partial class BackoffWorker(WorkerScript script)
{
    [Supervised(Policy = RestartPolicy.Backoff, RestartDelayMs = 100, MaxDelayMs = 400, Jitter = false)]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

public sealed partial class OnFailureWorker(WorkerScript script)
{
    [Supervised(Restart = RestartMode.OnFailure, RestartDelayMs = 500)]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

public sealed partial class NeverWorker(WorkerScript script)
{
    [Supervised(Restart = RestartMode.Never)]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

public sealed partial class ZeroShutdownWorker(WorkerScript script)
{
    [Supervised(ShutdownTimeoutMs = 0)]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

namespace Supervise.Hosting.Tests.Workers;

// Workers run by test hosts; each hands its runs to a WorkerScript the test drives.

/// <summary>Restarts 500 ms after every exit; waits 1 s for its worker when stopping.</summary>
public sealed partial class Pump(WorkerScript script)
{
    [Supervised(RestartDelayMs = 500, ShutdownTimeoutMs = 1000)]
    private Task PumpAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

/// <summary>Runs once: a failure makes its supervisor give up.</summary>
public sealed partial class OneShot(WorkerScript script)
{
    [Supervised(Restart = RestartMode.Never)]
    private Task ImportAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

/// <summary>Opens its circuit at the first failure, for 10 s.</summary>
public sealed partial class Breaker(WorkerScript script)
{
    [Supervised(CircuitBreakerThreshold = 1, CircuitBreakerDurationMs = 10_000)]
    private Task CallAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

/// <summary>Waits a minute for its worker when stopping: longer than any host in these tests waits.</summary>
public sealed partial class SlowToStop(WorkerScript script)
{
    [Supervised(ShutdownTimeoutMs = 60_000)]
    private Task DrainAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

/// <summary>Two workers in one type, declared Read then Write.</summary>
public sealed partial class Pipeline(PipelineScripts scripts)
{
    [Supervised]
    private Task ReadAsync(CancellationToken stoppingToken) => scripts.Read.RunAsync(stoppingToken);

    [Supervised]
    private Task WriteAsync(CancellationToken stoppingToken) => scripts.Write.RunAsync(stoppingToken);
}

public sealed class PipelineScripts
{
    public WorkerScript Read { get; } = new();

    public WorkerScript Write { get; } = new();
}

/// <summary>A worker whose type is built by the container from a registered WorkerScript.</summary>
public sealed partial class Auditor(WorkerScript script)
{
    [Supervised]
    private Task AuditAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

/// <summary>Named like <see cref="Twin2"/>: together they cannot be hosted.</summary>
public sealed partial class Twin1(WorkerScript script)
{
    [Supervised(Name = "twin")]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

public sealed partial class Twin2(WorkerScript script)
{
    [Supervised(Name = "twin")]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

/// <summary>Needs the health check service its own health entries are part of: a cycle the host must name, not hang on.</summary>
public sealed partial class SelfReporting(Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckService health)
{
    public Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckService Health { get; } = health;

    [Supervised]
    private Task ReportAsync(CancellationToken stoppingToken) => Task.Delay(Timeout.Infinite, stoppingToken);
}

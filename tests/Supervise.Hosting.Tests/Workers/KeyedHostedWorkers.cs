using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;

namespace Supervise.Hosting.Tests.Workers;

// Keyed workers and supervised BackgroundServices run by test hosts; each run goes to a WorkerScript.

/// <summary>One script per key, made when the key is first used.</summary>
public sealed class KeyedScripts
{
    private readonly ConcurrentDictionary<string, WorkerScript> _scripts = new();

    public WorkerScript Of(string key) => _scripts.GetOrAdd(key, _ => new WorkerScript());
}

/// <summary>One child per partition; restarts 500 ms after every exit, waits 1 s for its worker when stopping.</summary>
public sealed partial class PartitionPumps(KeyedScripts scripts)
{
    [Supervised(RestartDelayMs = 500, ShutdownTimeoutMs = 1000)]
    private Task PumpAsync(string partition, CancellationToken stoppingToken) => scripts.Of(partition).RunAsync(stoppingToken);
}

/// <summary>One child per partition, run once: a failure makes the child give up.</summary>
public sealed partial class PartitionImports(KeyedScripts scripts)
{
    [Supervised(Restart = RestartMode.Never)]
    private Task ImportAsync(string partition, CancellationToken stoppingToken) => scripts.Of(partition).RunAsync(stoppingToken);
}

/// <summary>The Worker Service template's worker with [Supervised] on ExecuteAsync; restarts 500 ms after every exit.</summary>
public sealed partial class TemplateWorker(WorkerScript script) : BackgroundService
{
    [Supervised(RestartDelayMs = 500, ShutdownTimeoutMs = 1000)]
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

/// <summary>A supervised BackgroundService that runs once: a failure makes it give up.</summary>
public sealed partial class OneShotService(WorkerScript script) : BackgroundService
{
    [Supervised(Restart = RestartMode.Never)]
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

/// <summary>A plain worker named like <see cref="PartitionPumps"/>'s set: together they cannot be hosted.</summary>
public sealed partial class NamedLikeTheSet(WorkerScript script)
{
    [Supervised(Name = "PartitionPumps.Pump")]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

namespace Supervise.Hosting.Systemd.Tests;

/// <summary>Restarts 500 ms after every exit.</summary>
public sealed partial class Pump(WorkerScript script)
{
    [Supervised(RestartDelayMs = 500)]
    private Task PumpAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

/// <summary>Runs once: a failure makes its supervisor give up.</summary>
public sealed partial class Importer(WorkerScript script)
{
    [Supervised(Restart = RestartMode.Never)]
    private Task ImportAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

using Microsoft.Extensions.Diagnostics.HealthChecks;
using Supervise;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddSupervisedWorkers<Reporter>();
builder.Services.AddHealthChecks().AddSupervisedWorkers();
using var host = builder.Build();
// Not RunAsync, which disposes the host: its health is read after the stop.
await host.StartAsync();
await host.WaitForShutdownAsync();

var reporter = host.Services.GetRequiredService<Reporter>();
var health = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
Console.WriteLine($"host stopped: runs={reporter.Runs} restarts={reporter.ReportSupervisor.RestartCount} health={health.Status}");

// Fails its first run, and once restarted stops the host, whose stop ends supervision cleanly.
public sealed partial class Reporter(IHostApplicationLifetime lifetime)
{
    public int Runs { get; private set; }

    [Supervised(Policy = RestartPolicy.Immediate, MaxRestarts = 5, RestartWindowMs = 60_000)]
    private async Task ReportAsync(CancellationToken stoppingToken)
    {
        Runs++;
        if (Runs == 1)
        {
            throw new InvalidOperationException("the first run fails on purpose");
        }

        lifetime.StopApplication();
        await Task.Delay(Timeout.Infinite, stoppingToken);
    }
}

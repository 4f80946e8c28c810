namespace Supervise.AspNetCore.Tests.Workers;

// Workers shown by the status pages under test; each hands its runs to a WorkerScript the test drives.

/// <summary>Restarts 500 ms after every exit.</summary>
public sealed partial class OrderPump(WorkerScript script)
{
    [Supervised(RestartDelayMs = 500)]
    private Task PumpAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

/// <summary>Backs off from 200 ms up to 5 s.</summary>
public sealed partial class InventoryPoller(WorkerScript script)
{
    [Supervised(Policy = RestartPolicy.Backoff, RestartDelayMs = 200, MaxDelayMs = 5000, Jitter = false)]
    private Task PollAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

/// <summary>Named with markup, to show the page writes names as text.</summary>
public sealed partial class OddlyNamed(WorkerScript script)
{
    public const string DisplayName = "<img src=x onerror=\"window.pwned=true\"> & \"Co\"";

    [Supervised(Name = DisplayName)]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

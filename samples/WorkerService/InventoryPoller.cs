using Microsoft.Extensions.Options;
using Supervise;

namespace WorkerService;

/// <summary>The healthy worker: polls an inventory now and then, and never fails.</summary>
public sealed partial class InventoryPoller(ILogger<InventoryPoller> logger, IOptions<SampleOptions> options)
{
    private int _polls;

    [Supervised(RestartDelayMs = 1000)]
    private async Task PollAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            var poll = Interlocked.Increment(ref _polls);
            logger.LogInformation("Inventory poll {Poll}: {Items} items in stock.", poll, 1000 - (poll % 50));
            await Task.Delay(options.Value.PollInterval, stoppingToken);
        }
    }
}

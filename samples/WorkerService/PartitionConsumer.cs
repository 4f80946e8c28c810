using Microsoft.Extensions.Options;
using Supervise;

namespace WorkerService;

/// <summary>
/// The parameterised worker: consumes one partition of a topic. Each partition gets its own supervisor
/// (a child of <see cref="ConsumeSupervisors"/>, named <c>PartitionConsumer.Consume[partition]</c>), so a
/// partition that fails is restarted alone while the others keep consuming.
/// </summary>
public sealed partial class PartitionConsumer(ILogger<PartitionConsumer> logger, IOptions<SampleOptions> options)
{
    [Supervised(Policy = RestartPolicy.Backoff, RestartDelayMs = 500, MaxDelayMs = 8000)]
    private async Task ConsumeAsync(string partition, CancellationToken stoppingToken)
    {
        var offset = 0L;
        while (true)
        {
            await Task.Delay(options.Value.PartitionInterval, stoppingToken);
            offset++;
            logger.LogInformation("Consumed offset {Offset} of partition {Partition}.", offset, partition);
        }
    }
}

using Microsoft.Extensions.Options;

namespace WorkerService;

/// <summary>
/// Starts one <see cref="PartitionConsumer"/> child per partition in the "Sample:Partitions" list when
/// the host starts. Stopping them is the host's: <c>AddSupervisedWorkers&lt;PartitionConsumer&gt;()</c>
/// stops every child of the set, the last started first.
/// </summary>
public sealed class PartitionAssignment(PartitionConsumer consumer, IOptions<SampleOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var partition in options.Value.Partitions.Distinct(StringComparer.Ordinal))
        {
            consumer.ConsumeSupervisors.Start(partition);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

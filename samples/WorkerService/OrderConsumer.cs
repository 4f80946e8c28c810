using Microsoft.Extensions.Options;
using Supervise;

namespace WorkerService;

/// <summary>
/// The flaky worker: consumes orders, and now and then meets one it cannot handle and throws. Its
/// supervisor restarts it with exponential backoff: 0.5 s, 1 s, 2 s... up to 8 s while it keeps failing.
/// </summary>
public sealed partial class OrderConsumer(ILogger<OrderConsumer> logger, IOptions<SampleOptions> options)
{
    private readonly Random _random = options.Value.Seed is { } seed ? new Random(seed) : new Random();
    private int _lastOrder;

    [Supervised(Policy = RestartPolicy.Backoff, RestartDelayMs = 500, MaxDelayMs = 8000)]
    private async Task ConsumeAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            await Task.Delay(options.Value.OrderInterval, stoppingToken);
            var order = Interlocked.Increment(ref _lastOrder);
            if (_random.NextDouble() < options.Value.FailureRate)
            {
                throw new InvalidDataException($"Order {order} is malformed: the broker delivered a truncated message.");
            }

            logger.LogInformation("Consumed order {Order}.", order);
        }
    }
}

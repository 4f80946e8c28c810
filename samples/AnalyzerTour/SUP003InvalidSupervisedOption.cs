using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// SUP003: attribute values are checked at compile time. A backoff capped below its first delay can
// never run: it is an error, and no supervisor is generated. Fix: make the values agree with the policy.
public sealed partial class PriceFeed
{
    [Supervised(Policy = RestartPolicy.Backoff, RestartDelayMs = 1000,
        MaxDelayMs = 100)] // expect: SUP003
    private Task PollAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);

    [Supervised(Policy = RestartPolicy.Backoff, RestartDelayMs = 100, MaxDelayMs = 10_000)]
    private Task RefreshAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);
}

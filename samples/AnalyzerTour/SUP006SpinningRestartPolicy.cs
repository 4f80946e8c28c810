using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// SUP006: RestartPolicy.Immediate with no limit. A worker that fails at once (its feed is down) is
// restarted as fast as a core allows, forever. Fix (offered): a restart limit, or a circuit breaker.
public sealed partial class PriceFeed
{
    [Supervised(Policy = RestartPolicy.Immediate)] // expect: SUP006
    private Task FollowAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);

    [Supervised(Policy = RestartPolicy.Immediate, MaxRestarts = 5, RestartWindowMs = 60_000)]
    private Task FollowBoundedAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);
}

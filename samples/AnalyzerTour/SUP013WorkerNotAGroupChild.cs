using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// SUP013: a static worker (or one with keys) in a group type reads as a child, but is supervised on its
// own: the group never starts, stops or restarts it. Fix: an instance method, or a type of its own.
[SupervisionGroup(Strategy = SupervisionStrategy.RestForOne)]
public sealed partial class OrderIngest
{
    [Supervised]
    private Task ConnectAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);

    [Supervised]
    private static Task CleanUpAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken); // expect: SUP013

    [Supervised]
    private Task ConsumeAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);
}

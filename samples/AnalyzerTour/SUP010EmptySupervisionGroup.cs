using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// SUP010: a group without children. A group's children are the instance [Supervised] methods of its type
// without keys; a static worker is none, so no Group is generated. Fix: make the workers instance methods.
[SupervisionGroup(Strategy = SupervisionStrategy.OneForAll)] // expect: SUP010
public sealed partial class NightlyJobs
{
    [Supervised]
    private static Task PurgeAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken); // expect: SUP013
}

[SupervisionGroup(Strategy = SupervisionStrategy.OneForAll)]
public sealed partial class HourlyJobs
{
    [Supervised]
    private Task PurgeAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);
}

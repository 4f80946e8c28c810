using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// SUP012: group values are checked at compile time. A group with these would throw when made, so neither
// it nor its children are generated. Fix: a limit of 0 or more (-1 for none) and a window of 0 or more.
[SupervisionGroup(
    MaxRestarts = -5, // expect: SUP012
    RestartWindowMs = -1000)] // expect: SUP012
public sealed partial class BrokenIngest
{
    [Supervised]
    private Task ConnectAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);
}

[SupervisionGroup(MaxRestarts = 5, RestartWindowMs = 10_000)]
public sealed partial class SteadyIngest
{
    [Supervised]
    private Task ConnectAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);
}

using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// SUP016: a window for a group that has no limit: MaxRestarts = -1 never counts restarts, so
// RestartWindowMs is never read. Fix: give MaxRestarts a number, or drop the window.
[SupervisionGroup(MaxRestarts = -1,
    RestartWindowMs = 10_000)] // expect: SUP016
public sealed partial class MirrorJob
{
    [Supervised]
    private Task MirrorAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);
}

[SupervisionGroup(MaxRestarts = 5, RestartWindowMs = 10_000)]
public sealed partial class ArchiveJob
{
    [Supervised]
    private Task ArchiveAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);
}

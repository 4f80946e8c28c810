using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// SUP015: Significant where nothing reads it: the group's AutoShutdown is Never, so the child's end ends
// nothing. Fix: set the group's AutoShutdown, or drop Significant.
[SupervisionGroup]
public sealed partial class ReindexJob
{
    [Supervised(Restart = RestartMode.OnFailure,
        Significant = true)] // expect: SUP015
    private Task ReindexAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);
}

[SupervisionGroup(AutoShutdown = AutoShutdown.AllSignificant)]
public sealed partial class BackfillJob
{
    [Supervised(Restart = RestartMode.OnFailure, Significant = true)]
    private Task BackfillAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);
}

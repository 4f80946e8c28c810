using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// SUP011: a group that ends by itself when its significant children are done, without a significant child:
// it never ends, and a job-shaped service never exits. Fix: mark the child whose end is the job's end.
[SupervisionGroup(
    AutoShutdown = AutoShutdown.AnySignificant)] // expect: SUP011
public sealed partial class ExportJob
{
    [Supervised(Restart = RestartMode.OnFailure)]
    private Task ExportAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);

    [Supervised]
    private Task ReportProgressAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);
}

[SupervisionGroup(AutoShutdown = AutoShutdown.AnySignificant)]
public sealed partial class ImportJob
{
    [Supervised(Restart = RestartMode.OnFailure, Significant = true)]
    private Task ImportAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);

    [Supervised]
    private Task ReportProgressAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);
}

using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// SUP002: a worker returns Task, ValueTask, Task<T>, ValueTask<T> or void, and takes its keys (one
// supervisor per argument), then a CancellationToken, a SupervisionContext, or both. A key is kept by
// its supervisor between runs, so it cannot be passed by reference. Fix: take it by value.
public sealed partial class BatchImporter
{
    [Supervised]
    private Task ImportAsync(ref int batchSize, CancellationToken stoppingToken) => Task.Delay(batchSize, stoppingToken); // expect: SUP002

    [Supervised]
    private Task ImportBatchesAsync(int batchSize, CancellationToken stoppingToken) => Task.Delay(batchSize, stoppingToken);
}

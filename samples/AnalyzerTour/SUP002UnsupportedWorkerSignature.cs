using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// SUP002: a worker returns Task, ValueTask or void and takes nothing, a CancellationToken, a
// SupervisionContext, or both. A result (Task<int>) has nowhere to go, and the supervisor cannot
// invent a batch size. Fix: take settings from fields, and return Task.
public sealed partial class BatchImporter
{
    private readonly int _batchSize = 100;

    [Supervised]
    private Task<int> ImportAsync(int batchSize, CancellationToken stoppingToken) => Task.FromResult(batchSize); // expect: SUP002

    [Supervised]
    private Task ImportBatchesAsync(CancellationToken stoppingToken) => Task.Delay(_batchSize, stoppingToken);
}

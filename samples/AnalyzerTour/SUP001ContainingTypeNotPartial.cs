using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// SUP001: the generator adds the supervisor to the worker's type, so the type (and every type around
// it) must be partial. Without it there is no QueuePumpSupervisor at all. Fix: add `partial`.
public sealed class QueueReader
{
    [Supervised]
    private Task ReadAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken); // expect: SUP001
}

public sealed partial class FixedQueueReader
{
    [Supervised]
    private Task ReadAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);
}

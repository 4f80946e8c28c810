using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// SUP102: Task.Delay has an overload that takes a token; without it a stop waits the whole second.
// Fix: pass the stop token (the code fix does).
public sealed partial class Throttle
{
    [Supervised]
    private async Task WaitAsync(CancellationToken stoppingToken)
    {
        stoppingToken.ThrowIfCancellationRequested();
        await Task.Delay(1000); // expect: SUP102
    }

    [Supervised]
    private async Task PauseAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(1000, stoppingToken);
    }
}

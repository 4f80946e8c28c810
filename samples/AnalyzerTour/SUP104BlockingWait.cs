using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// SUP104: Thread.Sleep holds a thread-pool thread and ignores the stop token. Fix: await
// Task.Delay with the token (the code fix does, in an async worker).
public sealed partial class Poller
{
    [Supervised]
    private async Task PollAsync(CancellationToken stoppingToken)
    {
        Thread.Sleep(1000); // expect: SUP104
        await Task.Delay(10, stoppingToken);
    }

    [Supervised]
    private async Task CheckAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(1000, stoppingToken);
    }
}

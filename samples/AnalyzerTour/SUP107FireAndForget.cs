using System;
using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// SUP107: the discarded Task.Run fails on its own; the worker never sees it, so the supervisor never
// restarts anything. Fix: await the work (or keep the task and await it later).
public sealed partial class Notifier
{
    [Supervised]
    private async Task NotifyAsync(CancellationToken stoppingToken)
    {
        _ = Task.Run(() => Console.WriteLine("notified"), stoppingToken); // expect: SUP107
        await Task.Delay(1000, stoppingToken);
    }

    [Supervised]
    private async Task NotifyAndWaitAsync(CancellationToken stoppingToken)
    {
        var sending = Task.Run(() => Console.WriteLine("notified"), stoppingToken);
        await Task.Delay(1000, stoppingToken);
        await sending;
    }
}

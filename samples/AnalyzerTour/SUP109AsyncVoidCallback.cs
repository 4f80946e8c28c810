using System;
using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// SUP109: an async lambda as a timer callback is async void: it returns to the timer at its first
// await, its failure is lost on the thread pool, and nothing can wait for it at stop. Fix: a worker
// that awaits its own timer, as RefreshEveryMinuteAsync does.
public sealed partial class RateCache : IDisposable
{
    private readonly Timer _timer;

    public RateCache() =>
        _timer = new Timer(async _ => await RefreshAsync(CancellationToken.None), null, 0, 60_000); // expect: SUP109

    public void Dispose() => _timer.Dispose();

    [Supervised(Policy = RestartPolicy.Backoff, MaxRestarts = 10, RestartWindowMs = 600_000)]
    private static async Task RefreshEveryMinuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        do
        {
            await RefreshAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static Task RefreshAsync(CancellationToken cancellationToken) => Task.Delay(10, cancellationToken);
}

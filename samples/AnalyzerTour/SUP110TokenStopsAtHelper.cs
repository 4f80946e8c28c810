using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// SUP110: the worker passes its token everywhere it can, then calls a helper that takes none, and the
// helper makes the request that takes the time. A stop cannot interrupt it. Fix (offered): give the
// helper a token parameter and pass it on, as MirrorFixedAsync and DrainFixedAsync do.
public sealed partial class QueueMirror(HttpClient http)
{
    [Supervised(Policy = RestartPolicy.Backoff, MaxRestarts = 10, RestartWindowMs = 60_000)]
    private async Task MirrorAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await DrainAsync(); // expect: SUP110
            await Task.Delay(10_000, stoppingToken);
        }
    }

    private async Task DrainAsync()
    {
        using var response = await http.GetAsync("https://queue.example/pending");
        response.EnsureSuccessStatusCode();
    }

    [Supervised(Policy = RestartPolicy.Backoff, MaxRestarts = 10, RestartWindowMs = 60_000)]
    private async Task MirrorFixedAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await DrainFixedAsync(stoppingToken);
            await Task.Delay(10_000, stoppingToken);
        }
    }

    private async Task DrainFixedAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync("https://queue.example/pending", cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}

// Style: this project's own [Supervised] workers (a partial class, a worker method taking a
// CancellationToken or a SupervisionContext, restart settings on the attribute), as the README and
// samples/AnalyzerTour write them.
using Supervise;

namespace Inventory.Workers;

public sealed partial class StockWorkers
{
    private readonly IStockFeed _feed;
    private readonly HttpClient _http;
    private DateTimeOffset _lastBeat;
    private long _samples;
    private readonly string _inbox = "/var/inbox";
    private readonly string _done = "/var/done";

    public StockWorkers(IStockFeed feed, HttpClient http)
    {
        _feed = feed;
        _http = http;
    }

    // expect: token-not-passed
    [Supervised(Policy = RestartPolicy.Backoff, RestartDelayMs = 200)]
    private async Task PollAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            await Task.Delay(1000);
            _feed.Refresh();
        }
    }

    // expect: clean
    [Supervised]
    private Task BeatAsync(CancellationToken stoppingToken)
    {
        _lastBeat = DateTimeOffset.UtcNow;
        return Task.CompletedTask;
    }

    // expect: async-void-worker
    [Supervised]
    private async void TickAsync(CancellationToken stoppingToken)
    {
        await _feed.PullAsync(stoppingToken);
    }

    // expect: fire-and-forget
    [Supervised]
    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        _ = Task.Run(() => _feed.Refresh());
        await Task.Delay(100, stoppingToken);
    }

    // expect: clean
    [Supervised(RestartDelayMs = 1000)]
    private async Task MoveFilesAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var file in Directory.EnumerateFiles(_inbox))
            {
                try
                {
                    File.Move(file, Path.Combine(_done, Path.GetFileName(file)));
                }
                catch (IOException)
                {
                }
                catch (Exception)
                {
                }
            }

            await Task.Delay(500, stoppingToken);
        }
    }

    // expect: token-stops-at-helper
    [Supervised]
    private async Task ConsumeAsync(SupervisionContext context)
    {
        await foreach (var change in _feed.ChangesAsync(context.StoppingToken))
        {
            await PublishAsync(change);
            context.Heartbeat();
        }
    }

    private async Task PublishAsync(string change)
    {
        using var content = new StringContent(change);
        await _http.PostAsync("https://stock.example/changes", content);
    }

    // expect: loop-ignores-token
    [Supervised]
    private async Task SampleAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            _samples += _feed.Count();
            await Task.Yield();
        }
    }
}

public interface IStockFeed
{
    void Refresh();

    long Count();

    Task PullAsync(CancellationToken cancellationToken);

    IAsyncEnumerable<string> ChangesAsync(CancellationToken cancellationToken);
}

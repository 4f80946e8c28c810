// Style: the timed hosted service of the ASP.NET Core hosted-services article and the many services
// written after it: IHostedService + System.Threading.Timer with a DoWork(object? state) callback,
// and its PeriodicTimer successor inside a BackgroundService.
namespace Shop.Maintenance;

public sealed class CacheWarmer : IHostedService, IDisposable
{
    private readonly ILogger<CacheWarmer> _logger;
    private readonly ICatalogCache _cache;
    private Timer? _timer;

    public CacheWarmer(ILogger<CacheWarmer> logger, ICatalogCache cache)
    {
        _logger = logger;
        _cache = cache;
    }

    // expect: clean
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _logger.LogInformation("Cache warmer running.");
        _timer = new Timer(DoWork, null, TimeSpan.Zero, TimeSpan.FromMinutes(5));
        return Task.CompletedTask;
    }

    // expect: clean
    private void DoWork(object? state)
    {
        var warmed = _cache.WarmHotEntries();
        _logger.LogInformation("Warmed {Count} catalog entries.", warmed);
    }

    // expect: clean
    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Change(Timeout.Infinite, 0);
        return Task.CompletedTask;
    }

    public void Dispose() => _timer?.Dispose();
}

public interface ICatalogCache
{
    int WarmHotEntries();
}

public sealed class PriceRefresher : IHostedService, IDisposable
{
    private readonly HttpClient _http;
    private Timer? _timer;
    private string _lastPrices = string.Empty;

    public PriceRefresher(HttpClient http) => _http = http;

    // expect: async-void-callback
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = new Timer(async _ => await RefreshAsync(), null, TimeSpan.Zero, TimeSpan.FromSeconds(30));
        return Task.CompletedTask;
    }

    private async Task RefreshAsync()
    {
        _lastPrices = await _http.GetStringAsync("https://prices.example/current");
    }

    // expect: clean
    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Change(Timeout.Infinite, 0);
        return Task.CompletedTask;
    }

    public void Dispose() => _timer?.Dispose();
}

public sealed class ReportFlusher : IHostedService
{
    private readonly IReportStore _store;
    private Timer? _timer;

    public ReportFlusher(IReportStore store) => _store = store;

    // expect: clean
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = new Timer(Flush, null, 1000, 10_000);
        return Task.CompletedTask;
    }

    // expect: async-void-callback
    private async void Flush(object? state)
    {
        await _store.FlushAsync();
    }

    // expect: clean
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_timer is not null)
        {
            await _timer.DisposeAsync();
        }
    }
}

public interface IReportStore
{
    Task FlushAsync();
}

public sealed class MetricsSampler : BackgroundService
{
    private readonly ILogger<MetricsSampler> _logger;
    private long _samples;

    public MetricsSampler(ILogger<MetricsSampler> logger) => _logger = logger;

    // expect: clean
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(15));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            _samples++;
            _logger.LogDebug("Sample {Sample} taken.", _samples);
        }
    }
}

public sealed class StatsAggregator : BackgroundService
{
    private readonly PeriodicTimer _timer = new(TimeSpan.FromMinutes(1));
    private readonly IStatsSink _sink;

    public StatsAggregator(IStatsSink sink) => _sink = sink;

    // expect: token-not-passed
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await _timer.WaitForNextTickAsync())
        {
            await _sink.WriteMinuteAsync(DateTimeOffset.UtcNow, stoppingToken);
        }
    }
}

public interface IStatsSink
{
    Task WriteMinuteAsync(DateTimeOffset minute, CancellationToken cancellationToken);
}

public sealed class StartupBanner : BackgroundService
{
    private readonly ILogger<StartupBanner> _logger;

    public StartupBanner(ILogger<StartupBanner> logger) => _logger = logger;

    // expect: clean
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _logger.LogInformation("Maintenance host started at {Time}.", DateTimeOffset.Now);
        return Task.CompletedTask;
    }
}

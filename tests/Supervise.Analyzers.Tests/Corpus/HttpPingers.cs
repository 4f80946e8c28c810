// Style: uptime checkers and webhook dispatchers built on HttpClient in a BackgroundService
// (a list of endpoints, a status map, a period between rounds, Parallel.ForEachAsync fan-out).
namespace Uptime.Checks;

public sealed class EndpointPinger : BackgroundService
{
    private readonly HttpClient _http;
    private readonly IReadOnlyList<string> _endpoints;
    private readonly Dictionary<string, bool> _status = new();
    private readonly TimeSpan _period = TimeSpan.FromSeconds(30);

    public EndpointPinger(HttpClient http, IReadOnlyList<string> endpoints)
    {
        _http = http;
        _endpoints = endpoints;
    }

    // expect: token-not-passed
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var endpoint in _endpoints)
            {
                using var response = await _http.GetAsync(endpoint);
                _status[endpoint] = response.IsSuccessStatusCode;
            }

            await Task.Delay(_period, stoppingToken);
        }
    }
}

public sealed class LayeredPinger : BackgroundService
{
    private readonly HttpClient _http;
    private readonly IReadOnlyList<string> _endpoints;
    private readonly TimeSpan _period = TimeSpan.FromSeconds(30);
    private int _healthy;

    public LayeredPinger(HttpClient http, IReadOnlyList<string> endpoints)
    {
        _http = http;
        _endpoints = endpoints;
    }

    // expect: token-stops-at-helper
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await CheckAllAsync();
            await Task.Delay(_period, stoppingToken);
        }
    }

    private async Task CheckAllAsync()
    {
        _healthy = 0;
        foreach (var endpoint in _endpoints)
        {
            if (await CheckAsync(endpoint))
            {
                _healthy++;
            }
        }
    }

    private async Task<bool> CheckAsync(string endpoint)
    {
        using var response = await _http.GetAsync(endpoint);
        return response.IsSuccessStatusCode;
    }
}

public sealed class StatusPageScraper : BackgroundService
{
    private readonly HttpClient _http;
    private readonly ILogger<StatusPageScraper> _logger;

    public StatusPageScraper(HttpClient http, ILogger<StatusPageScraper> logger)
    {
        _http = http;
        _logger = logger;
    }

    // expect: clean
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            using var response = await _http.GetAsync("https://status.example", stoppingToken);
            var body = await response.Content.ReadAsStringAsync(stoppingToken);
            _logger.LogDebug("Status page is {Length} characters.", body.Length);
            await Task.Delay(TimeSpan.FromSeconds(30), stoppingToken);
        }
    }
}

public sealed class BlockingPinger : BackgroundService
{
    private readonly HttpClient _http;
    private bool _up;

    public BlockingPinger(HttpClient http) => _http = http;

    // expect: blocking-wait
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            _up = _http.GetAsync("https://api.example/health", stoppingToken).Result.IsSuccessStatusCode;
            await Task.Delay(TimeSpan.FromSeconds(10), stoppingToken);
        }
    }
}

public sealed class PairedPinger : BackgroundService
{
    private readonly HttpClient _http;

    public PairedPinger(HttpClient http) => _http = http;

    // expect: blocking-token-wait
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var primary = _http.GetAsync("https://primary.example/health", stoppingToken);
            var secondary = _http.GetAsync("https://secondary.example/health", stoppingToken);
            Task.WaitAll(new Task[] { primary, secondary }, stoppingToken);
            await Task.Delay(TimeSpan.FromSeconds(10), stoppingToken);
        }
    }
}

public sealed record Webhook(Uri Url, string Payload);

public sealed class WebhookDispatcher : BackgroundService
{
    private readonly HttpClient _http;
    private readonly IReadOnlyList<Webhook> _hooks;

    public WebhookDispatcher(HttpClient http, IReadOnlyList<Webhook> hooks)
    {
        _http = http;
        _hooks = hooks;
    }

    // expect: clean
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Parallel.ForEachAsync(_hooks, stoppingToken, async (hook, token) =>
        {
            using var content = new StringContent(hook.Payload);
            using var response = await _http.PostAsync(hook.Url, content, token);
        });
    }
}

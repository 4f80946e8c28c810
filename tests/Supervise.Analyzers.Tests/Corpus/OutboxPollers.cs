// Style: transactional-outbox relays in a BackgroundService (a scope per tick from
// IServiceScopeFactory, a DbContext from the project, a PeriodicTimer or a delay between relays).
// The project's DbContext and base classes live in files not loaded here: they do not resolve.
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Outbox;

public sealed class OutboxRelay : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(2);

    public OutboxRelay(IServiceScopeFactory scopes) => _scopes = scopes;

    // expect: clean
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            var pending = await db.OutboxMessages.Where(message => message.SentAt == null).Take(50).ToListAsync(stoppingToken);
            foreach (var message in pending)
            {
                message.SentAt = DateTimeOffset.UtcNow;
            }

            await db.SaveChangesAsync(stoppingToken);
        }
    }
}

public sealed class WebhookRelay : BackgroundService
{
    private readonly HttpClient _http;
    private readonly IOutbox _outbox;
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(5);

    public WebhookRelay(HttpClient http, IOutbox outbox)
    {
        _http = http;
        _outbox = outbox;
    }

    // expect: token-stops-at-helper
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await PublishPendingAsync();
            await Task.Delay(_interval, stoppingToken);
        }
    }

    private async Task PublishPendingAsync()
    {
        foreach (var message in await _outbox.TakePendingAsync())
        {
            await _http.PostAsJsonAsync("https://hooks.example/catalog", message);
        }
    }
}

public sealed record OutboxMessage(string Id, string Payload);

public interface IOutbox
{
    Task<IReadOnlyList<OutboxMessage>> TakePendingAsync(CancellationToken cancellationToken = default);

    Task FlushAsync(CancellationToken cancellationToken);

    int FlushPending();
}

public sealed partial class LeaseRenewer : BackgroundService
{
    // expect: clean
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            await RenewLeaseAsync();
            ThrowIfStopping();
        }
    }
}

public sealed class GuardedRelay : BackgroundService
{
    private readonly IOutbox _outbox;
    private readonly ILogger<GuardedRelay> _logger;

    public GuardedRelay(IOutbox outbox, ILogger<GuardedRelay> logger)
    {
        _outbox = outbox;
        _logger = logger;
    }

    // expect: clean
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _outbox.FlushAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogError(ex, "Outbox flush failed.");
            }

            await Task.Delay(_retry, stoppingToken);
        }
    }

    private readonly TimeSpan _retry = TimeSpan.FromSeconds(1);
}

public sealed class FlaggedRelay : BackgroundService
{
    private readonly IOutbox _outbox;
    private readonly ILogger<FlaggedRelay> _logger;
    private volatile bool _stopped;

    public FlaggedRelay(IOutbox outbox, ILogger<FlaggedRelay> logger)
    {
        _outbox = outbox;
        _logger = logger;
    }

    public void Halt() => _stopped = true;

    // expect: catch-swallows-cancellation
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!_stopped)
        {
            try
            {
                await _outbox.FlushAsync(stoppingToken);
                await Task.Delay(1000, stoppingToken);
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Relay failed.");
            }
        }
    }
}

public sealed class SpinningRelay : BackgroundService
{
    private readonly IOutbox _outbox;

    public SpinningRelay(IOutbox outbox) => _outbox = outbox;

    // expect: loop-ignores-token, blocking-wait
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (;;)
        {
            var sent = _outbox.FlushPending();
            if (sent == 0)
            {
                Thread.Sleep(250);
            }
        }
    }
}

// Style: Confluent.Kafka consumers hosted in a BackgroundService or a hand-written IHostedService
// (Consume in a loop, a consumer built from ConsumerConfig, offsets committed after handling). The
// Kafka package is not loaded, as in the IDE before restore: its types do not resolve.
using Confluent.Kafka;

namespace Orders.Ingest;

public sealed class OrderEventsConsumer : BackgroundService
{
    private readonly IConsumer<string, string> _consumer;
    private readonly IOrderHandler _handler;
    private readonly ILogger<OrderEventsConsumer> _logger;

    public OrderEventsConsumer(IConsumer<string, string> consumer, IOrderHandler handler, ILogger<OrderEventsConsumer> logger)
    {
        _consumer = consumer;
        _handler = handler;
        _logger = logger;
    }

    // expect: clean
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        _consumer.Subscribe("orders");
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var result = _consumer.Consume(stoppingToken);
                await _handler.HandleAsync(result.Message.Value, stoppingToken);
                _consumer.Commit(result);
            }
            catch (ConsumeException ex)
            {
                _logger.LogError(ex, "Could not consume an order event.");
            }
        }
    }
}

public interface IOrderHandler
{
    Task HandleAsync(string payload, CancellationToken cancellationToken);
}

public sealed class ThreadedConsumer : BackgroundService
{
    private readonly IConsumer<Ignore, string> _consumer;
    private int _seen;

    public ThreadedConsumer(IConsumer<Ignore, string> consumer) => _consumer = consumer;

    // expect: clean
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(() => ConsumeLoop(stoppingToken), stoppingToken);

    private void ConsumeLoop(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var result = _consumer.Consume(stoppingToken);
            if (result is not null)
            {
                _seen++;
            }
        }
    }
}

public sealed class ShipmentConsumer : BackgroundService
{
    private readonly IConsumer<string, string> _consumer;
    private readonly IShipmentRepository _repository;

    public ShipmentConsumer(IConsumer<string, string> consumer, IShipmentRepository repository)
    {
        _consumer = consumer;
        _repository = repository;
    }

    // expect: token-not-passed
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _consumer.Subscribe("shipments");
        while (!stoppingToken.IsCancellationRequested)
        {
            var result = _consumer.Consume(TimeSpan.FromSeconds(1));
            if (result is null)
            {
                continue;
            }

            await _repository.SaveAsync(result.Message.Value);
        }
    }
}

public interface IShipmentRepository
{
    Task SaveAsync(string payload);

    Task SaveAsync(string payload, CancellationToken cancellationToken);
}

public sealed class DetachedConsumer : BackgroundService
{
    private readonly IConsumer<string, string> _consumer;
    private readonly IOrderHandler _handler;

    public DetachedConsumer(IConsumer<string, string> consumer, IOrderHandler handler)
    {
        _consumer = consumer;
        _handler = handler;
    }

    // expect: fire-and-forget
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _ = Task.Run(async () =>
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var result = _consumer.Consume(stoppingToken);
                await _handler.HandleAsync(result.Message.Value, stoppingToken);
            }
        });
        return Task.CompletedTask;
    }
}

public sealed class AuditConsumerHost : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly IConsumer<string, string> _consumer;
    private Task? _consumeTask;

    public AuditConsumerHost(IConsumer<string, string> consumer) => _consumer = consumer;

    // expect: untracked-start-work
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _consumeTask = Task.Run(() => Consume(_stopping.Token));
        return Task.CompletedTask;
    }

    private void Consume(CancellationToken token)
    {
        _consumer.Subscribe("audit");
        while (!token.IsCancellationRequested)
        {
            _consumer.Consume(token);
        }
    }

    // expect: clean
    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.CompletedTask;
    }
}

public sealed class OffsetCommitter : BackgroundService
{
    private readonly IConsumer<string, string> _consumer;
    private readonly ILogger<OffsetCommitter> _logger;

    public OffsetCommitter(IConsumer<string, string> consumer, ILogger<OffsetCommitter> logger)
    {
        _consumer = consumer;
        _logger = logger;
    }

    // expect: catch-swallows-cancellation
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                _consumer.Commit();
                await Task.Delay(5000, stoppingToken);
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "Commit failed; retrying.");
            }
        }
    }
}

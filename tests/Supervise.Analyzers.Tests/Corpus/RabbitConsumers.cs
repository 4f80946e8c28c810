// Style: RabbitMQ.Client consumers (an IModel channel, EventingBasicConsumer with a Received handler,
// BasicConsume/BasicAck, BasicGet polling) started from hosted services. The client package is not
// loaded: its types do not resolve.
using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Notifications.Messaging;

public sealed class EmailQueueListener : IHostedService
{
    private readonly IModel _channel;
    private readonly IEmailSender _sender;

    public EmailQueueListener(IModel channel, IEmailSender sender)
    {
        _channel = channel;
        _sender = sender;
    }

    // expect: async-void-callback
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var consumer = new EventingBasicConsumer(_channel);
        consumer.Received += async (sender, delivery) =>
        {
            var body = Encoding.UTF8.GetString(delivery.Body.ToArray());
            await _sender.SendAsync(body);
            _channel.BasicAck(delivery.DeliveryTag, false);
        };
        _channel.BasicConsume("emails", false, consumer);
        return Task.CompletedTask;
    }

    // expect: clean
    public Task StopAsync(CancellationToken cancellationToken)
    {
        _channel.Close();
        return Task.CompletedTask;
    }
}

public interface IEmailSender
{
    Task SendAsync(string message);
}

public sealed class SmsQueueListener : BackgroundService
{
    private readonly IModel _channel;
    private readonly IEmailSender _sender;

    public SmsQueueListener(IModel channel, IEmailSender sender)
    {
        _channel = channel;
        _sender = sender;
    }

    // expect: clean
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        stoppingToken.ThrowIfCancellationRequested();
        var consumer = new AsyncEventingBasicConsumer(_channel);
        consumer.Received += OnReceivedAsync;
        _channel.BasicConsume("sms", false, consumer);
        return Task.CompletedTask;
    }

    // expect: clean
    private async Task OnReceivedAsync(object sender, BasicDeliverEventArgs delivery)
    {
        await _sender.SendAsync(Encoding.UTF8.GetString(delivery.Body.ToArray()));
        _channel.BasicAck(delivery.DeliveryTag, false);
    }
}

public sealed class PollingQueueReader : BackgroundService
{
    private readonly IModel _channel;
    private readonly ILogger<PollingQueueReader> _logger;

    public PollingQueueReader(IModel channel, ILogger<PollingQueueReader> logger)
    {
        _channel = channel;
        _logger = logger;
    }

    // expect: blocking-wait
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var result = _channel.BasicGet("inbox", false);
            if (result == null)
            {
                Thread.Sleep(500);
                continue;
            }

            _logger.LogInformation("Got message {Tag}.", result.DeliveryTag);
            _channel.BasicAck(result.DeliveryTag, false);
        }
    }
}

public sealed class PushListener : IHostedService
{
    private readonly IModel _channel;
    private readonly IPushGateway _gateway;

    public PushListener(IModel channel, IPushGateway gateway)
    {
        _channel = channel;
        _gateway = gateway;
    }

    // expect: clean
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var consumer = new EventingBasicConsumer(_channel);
        consumer.Received += OnMessage;
        _channel.BasicConsume("push", true, consumer);
        return Task.CompletedTask;
    }

    // expect: async-void-callback
    private async void OnMessage(object? sender, BasicDeliverEventArgs delivery)
    {
        await _gateway.PushAsync(Encoding.UTF8.GetString(delivery.Body.ToArray()));
    }

    // expect: clean
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public interface IPushGateway
{
    Task PushAsync(string payload);
}

// Style: Azure.Messaging.ServiceBus processors and receivers behind hosted services
// (ProcessMessageAsync/ProcessErrorAsync handlers, StartProcessingAsync/StopProcessingAsync,
// ReceiveMessageAsync loops). The Service Bus package is not loaded: its types do not resolve.
using System.Text.Json;
using Azure.Messaging.ServiceBus;

namespace Billing.Integration;

public sealed class InvoiceProcessorHost : IHostedService
{
    private readonly ServiceBusProcessor _processor;
    private readonly IInvoiceStore _invoices;

    public InvoiceProcessorHost(ServiceBusProcessor processor, IInvoiceStore invoices)
    {
        _processor = processor;
        _invoices = invoices;
    }

    // expect: clean
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _processor.ProcessMessageAsync += HandleMessageAsync;
        _processor.ProcessErrorAsync += HandleErrorAsync;
        await _processor.StartProcessingAsync(cancellationToken);
    }

    // expect: clean
    private async Task HandleMessageAsync(ProcessMessageEventArgs args)
    {
        var invoice = JsonSerializer.Deserialize<Invoice>(args.Message.Body.ToString());
        await _invoices.SaveAsync(invoice!, args.CancellationToken);
        await args.CompleteMessageAsync(args.Message, args.CancellationToken);
    }

    private Task HandleErrorAsync(ProcessErrorEventArgs args) => Task.CompletedTask;

    // expect: clean
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _processor.StopProcessingAsync(cancellationToken);
    }
}

public sealed record Invoice(string Id, decimal Amount);

public interface IInvoiceStore
{
    Task SaveAsync(Invoice invoice, CancellationToken cancellationToken);
}

public sealed class RefundProcessorHost : IHostedService
{
    private readonly ServiceBusProcessor _processor;

    public RefundProcessorHost(ServiceBusProcessor processor) => _processor = processor;

    // expect: untracked-start-work
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _processor.ProcessMessageAsync += args => args.CompleteMessageAsync(args.Message);
        _processor.StartProcessingAsync();
        return Task.CompletedTask;
    }

    // expect: clean
    public Task StopAsync(CancellationToken cancellationToken) => _processor.StopProcessingAsync(cancellationToken);
}

public sealed class ReceiptMailer : BackgroundService
{
    private readonly ServiceBusClient _client;
    private readonly IReceiptMailer _mailer;

    public ReceiptMailer(ServiceBusClient client, IReceiptMailer mailer)
    {
        _client = client;
        _mailer = mailer;
    }

    // expect: token-not-passed
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var receiver = _client.CreateReceiver("receipts");
        while (!stoppingToken.IsCancellationRequested)
        {
            var message = await receiver.ReceiveMessageAsync(TimeSpan.FromSeconds(5), stoppingToken);
            if (message is null)
            {
                continue;
            }

            await _mailer.SendAsync(message.Body.ToString());
            await receiver.CompleteMessageAsync(message, stoppingToken);
        }
    }
}

public interface IReceiptMailer
{
    Task SendAsync(string body, CancellationToken cancellationToken = default);
}

public sealed class SessionProcessorService : BackgroundService
{
    private readonly ServiceBusProcessor _processor;

    public SessionProcessorService(ServiceBusProcessor processor) => _processor = processor;

    // expect: clean
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await _processor.StartProcessingAsync(stoppingToken);
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }

        await _processor.StopProcessingAsync();
    }
}

// Style: Amazon SQS pollers in a BackgroundService (ReceiveMessageAsync with a request object, a
// foreach over the messages, DeleteMessageAsync, a delay between polls). The AWS SDK is not loaded:
// its types do not resolve; the project's own inbox abstraction does.
using Amazon.SQS;
using Amazon.SQS.Model;

namespace Fulfilment.Queues;

public sealed class CustomerQueuePoller : BackgroundService
{
    private readonly IAmazonSQS _sqs;
    private readonly ICustomerProcessor _processor;
    private readonly string _queueUrl = "customers";

    public CustomerQueuePoller(IAmazonSQS sqs, ICustomerProcessor processor)
    {
        _sqs = sqs;
        _processor = processor;
    }

    // expect: clean
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var request = new ReceiveMessageRequest { QueueUrl = _queueUrl, MaxNumberOfMessages = 10 };
        while (!stoppingToken.IsCancellationRequested)
        {
            var response = await _sqs.ReceiveMessageAsync(request, stoppingToken);
            foreach (var message in response.Messages)
            {
                await _processor.ProcessAsync(message.Body, stoppingToken);
                await _sqs.DeleteMessageAsync(_queueUrl, message.ReceiptHandle, stoppingToken);
            }

            await Task.Delay(TimeSpan.FromSeconds(3), stoppingToken);
        }
    }
}

public interface ICustomerProcessor
{
    Task ProcessAsync(string body, CancellationToken cancellationToken);
}

public sealed class LazyCustomerPoller : BackgroundService
{
    private readonly IAmazonSQS _sqs;
    private readonly ICustomerProcessor _processor;

    public LazyCustomerPoller(IAmazonSQS sqs, ICustomerProcessor processor)
    {
        _sqs = sqs;
        _processor = processor;
    }

    // expect: token-not-passed
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var request = new ReceiveMessageRequest { QueueUrl = "customers" };
        while (!stoppingToken.IsCancellationRequested)
        {
            var response = await _sqs.ReceiveMessageAsync(request, stoppingToken);
            foreach (var message in response.Messages)
            {
                await _processor.ProcessAsync(message.Body, stoppingToken);
            }

            await Task.Delay(3000);
        }
    }
}

public sealed class EndlessPoller : BackgroundService
{
    private readonly IAmazonSQS _sqs;
    private readonly ILogger<EndlessPoller> _logger;

    public EndlessPoller(IAmazonSQS sqs, ILogger<EndlessPoller> logger)
    {
        _sqs = sqs;
        _logger = logger;
    }

    // expect: token-not-passed
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            var response = await _sqs.ReceiveMessageAsync("returns");
            _logger.LogInformation("Received {Count} returns.", response.Messages.Count);
            await Task.Delay(1000);
        }
    }
}

public sealed class InboxDrainer : BackgroundService
{
    private readonly IInbox _inbox;
    private readonly ILogger<InboxDrainer> _logger;

    public InboxDrainer(IInbox inbox, ILogger<InboxDrainer> logger)
    {
        _inbox = inbox;
        _logger = logger;
    }

    // expect: clean
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var messages = await _inbox.ReceiveAsync(10, stoppingToken);
            foreach (var message in messages)
            {
                try
                {
                    Apply(message);
                    _inbox.MarkDone(message);
                }
                catch (Exception ex)
                {
                    _logger.LogError(ex, "Message {Id} could not be applied.", message.Id);
                }
            }
        }
    }

    private static void Apply(InboxMessage message)
    {
        if (message.Body.Length == 0)
        {
            throw new InvalidOperationException("Empty message.");
        }
    }
}

public sealed record InboxMessage(string Id, string Body);

public interface IInbox
{
    Task<IReadOnlyList<InboxMessage>> ReceiveAsync(int max, CancellationToken cancellationToken);

    void MarkDone(InboxMessage message);
}

public sealed class QueueMirror : BackgroundService
{
    private readonly HttpClient _http;
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(10);

    public QueueMirror(HttpClient http) => _http = http;

    // expect: token-stops-at-helper
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await DrainQueueAsync();
            await Task.Delay(_interval, stoppingToken);
        }
    }

    private async Task DrainQueueAsync()
    {
        using var response = await _http.GetAsync("https://queue.example/pending");
        response.EnsureSuccessStatusCode();
    }
}

public sealed class BackoffPoller : BackgroundService
{
    private readonly IInbox _inbox;

    public BackoffPoller(IInbox inbox) => _inbox = inbox;

    // expect: blocking-token-wait
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var messages = await _inbox.ReceiveAsync(25, stoppingToken);
            if (messages.Count == 0)
            {
                stoppingToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(5));
                continue;
            }

            foreach (var message in messages)
            {
                _inbox.MarkDone(message);
            }
        }
    }
}

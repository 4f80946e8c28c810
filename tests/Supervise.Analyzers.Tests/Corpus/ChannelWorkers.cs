// Style: the queued background service of the hosted-services article and its Channel<T> variants:
// a background task queue read with ReadAllAsync/WaitToReadAsync, producers that start a pump task
// and keep it for StopAsync.
using System.Threading.Channels;

namespace Imaging.Pipeline;

public sealed class QueuedWorkItemService : BackgroundService
{
    private readonly Channel<Func<CancellationToken, ValueTask>> _queue;

    public QueuedWorkItemService(Channel<Func<CancellationToken, ValueTask>> queue) => _queue = queue;

    // expect: clean
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var workItem in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            await workItem(stoppingToken);
        }
    }
}

public sealed record ImageBatch(IReadOnlyList<string> Lines);

public interface IThumbnailSink
{
    Task WriteAsync(ImageBatch batch, CancellationToken cancellationToken);
}

public sealed class BatchParser : BackgroundService
{
    private readonly ChannelReader<ImageBatch> _reader;
    private readonly IThumbnailSink _sink;
    private readonly ILogger<BatchParser> _logger;

    public BatchParser(ChannelReader<ImageBatch> reader, IThumbnailSink sink, ILogger<BatchParser> logger)
    {
        _reader = reader;
        _sink = sink;
        _logger = logger;
    }

    // expect: clean
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var batch in _reader.ReadAllAsync(stoppingToken))
        {
            foreach (var line in batch.Lines)
            {
                try
                {
                    _ = int.Parse(line, System.Globalization.CultureInfo.InvariantCulture);
                }
                catch (Exception ex)
                {
                    _logger.LogWarning(ex, "Skipped line {Line}.", line);
                }
            }

            await _sink.WriteAsync(batch, stoppingToken);
        }
    }
}

public sealed class ResizeWorker : BackgroundService
{
    private readonly ChannelReader<string> _reader;
    private readonly IResizer _resizer;

    public ResizeWorker(ChannelReader<string> reader, IResizer resizer)
    {
        _reader = reader;
        _resizer = resizer;
    }

    // expect: token-not-passed
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var path in _reader.ReadAllAsync())
        {
            await _resizer.ResizeAsync(path, stoppingToken);
        }
    }
}

public interface IResizer
{
    Task ResizeAsync(string path, CancellationToken cancellationToken);
}

public sealed class FanOutWorker : BackgroundService
{
    private readonly Channel<string> _queue;
    private readonly IResizer _resizer;

    public FanOutWorker(Channel<string> queue, IResizer resizer)
    {
        _queue = queue;
        _resizer = resizer;
    }

    // expect: fire-and-forget
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            var path = await _queue.Reader.ReadAsync(stoppingToken);
            _ = _resizer.ResizeAsync(path, stoppingToken);
        }
    }
}

public sealed class UploadPump : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Channel<string> _uploads;
    private readonly IResizer _resizer;
    private Task? _pump;

    public UploadPump(Channel<string> uploads, IResizer resizer)
    {
        _uploads = uploads;
        _resizer = resizer;
    }

    // expect: clean
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _pump = PumpAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    private async Task PumpAsync(CancellationToken token)
    {
        await foreach (var upload in _uploads.Reader.ReadAllAsync(token))
        {
            await _resizer.ResizeAsync(upload, token);
        }
    }

    // expect: clean
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        if (_pump is not null)
        {
            await _pump.WaitAsync(cancellationToken);
        }
    }
}

public sealed class SyncOverAsyncReader : BackgroundService
{
    private readonly Channel<string> _queue;
    private readonly ILogger<SyncOverAsyncReader> _logger;

    public SyncOverAsyncReader(Channel<string> queue, ILogger<SyncOverAsyncReader> logger)
    {
        _queue = queue;
        _logger = logger;
    }

    // expect: blocking-wait
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var item = _queue.Reader.ReadAsync(stoppingToken).AsTask().Result;
            _logger.LogInformation("Read {Item}.", item);
            await Task.Delay(10, stoppingToken);
        }
    }
}

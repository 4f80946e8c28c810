// Style: hand-written IHostedService / IHostedLifecycleService classes that start their own loop in
// StartAsync (Task.Run, Task.Factory.StartNew with LongRunning, a discarded async call, a stored task)
// with a CancellationTokenSource of their own, as found before BackgroundService was common.
namespace Telemetry.Collectors;

public sealed class DevicePoller : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly IDeviceGateway _gateway;

    public DevicePoller(IDeviceGateway gateway) => _gateway = gateway;

    // expect: untracked-start-work
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Task.Run(() => PollAsync(_stopping.Token));
        return Task.CompletedTask;
    }

    private async Task PollAsync(CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            await _gateway.ReadAllAsync(token);
            await Task.Delay(1000, token);
        }
    }

    // expect: clean
    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.CompletedTask;
    }
}

public interface IDeviceGateway
{
    Task ReadAllAsync(CancellationToken cancellationToken);

    void ReadOnce();
}

public sealed class LongRunningSampler : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly IDeviceGateway _gateway;
    private Task _worker = Task.CompletedTask;

    public LongRunningSampler(IDeviceGateway gateway) => _gateway = gateway;

    // expect: clean
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _worker = Task.Factory.StartNew(() => Loop(_stopping.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return Task.CompletedTask;
    }

    private void Loop(CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            _gateway.ReadOnce();
        }
    }

    // expect: clean
    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.WhenAny(_worker, Task.Delay(Timeout.Infinite, cancellationToken));
    }
}

public sealed class TraceShipper : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly IDeviceGateway _gateway;

    public TraceShipper(IDeviceGateway gateway) => _gateway = gateway;

    // expect: untracked-start-work
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = RunAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    private async Task RunAsync(CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            await _gateway.ReadAllAsync(token);
        }
    }

    // expect: clean
    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.CompletedTask;
    }
}

public sealed class HandRolledBackgroundService : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly IDeviceGateway _gateway;
    private Task? _executing;

    public HandRolledBackgroundService(IDeviceGateway gateway) => _gateway = gateway;

    // expect: clean
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _executing = ExecuteLoopAsync(_stopping.Token);
        return _executing.IsCompleted ? _executing : Task.CompletedTask;
    }

    private async Task ExecuteLoopAsync(CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            await _gateway.ReadAllAsync(token);
        }
    }

    // expect: clean
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_executing is null)
        {
            return;
        }

        _stopping.Cancel();
        await Task.WhenAny(_executing, Task.Delay(Timeout.Infinite, cancellationToken));
    }

    public void Dispose() => _stopping.Dispose();
}

public sealed class MetricsForwarder : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly IDeviceGateway _gateway;
    private Task? _loop;

    public MetricsForwarder(IDeviceGateway gateway) => _gateway = gateway;

    // expect: untracked-start-work
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(async () =>
        {
            while (!_stopping.IsCancellationRequested)
            {
                await _gateway.ReadAllAsync(_stopping.Token);
                await Task.Delay(5000, _stopping.Token);
            }
        });
        return Task.CompletedTask;
    }

    // expect: clean
    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.CompletedTask;
    }
}

public sealed class CacheLifecycle : IHostedLifecycleService
{
    private readonly IDeviceGateway _gateway;

    public CacheLifecycle(IDeviceGateway gateway) => _gateway = gateway;

    // expect: clean
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // expect: clean
    public Task StartAsync(CancellationToken cancellationToken) => _gateway.ReadAllAsync(cancellationToken);

    // expect: untracked-start-work
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        Task.Run(() => _gateway.ReadAllAsync(CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

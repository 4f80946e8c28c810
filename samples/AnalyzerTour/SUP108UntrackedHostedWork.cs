using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace AnalyzerTour;

// SUP108: a hosted service that starts a loop and forgets it. When the loop throws, nothing sees it,
// and the host's stop does not wait for it. Fix: a [Supervised] worker or a BackgroundService, or at
// least keep the task and await it in StopAsync, as TrackedInventorySync does.
public sealed class InventorySync : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(() => SyncForeverAsync()); // expect: SUP108
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task SyncForeverAsync()
    {
        while (true)
        {
            await Task.Delay(TimeSpan.FromMinutes(1));
        }
    }
}

public sealed class TrackedInventorySync : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task? _loop;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(() => SyncAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        if (_loop is not null)
        {
            await Task.WhenAny(_loop, Task.Delay(Timeout.Infinite, cancellationToken)).ConfigureAwait(false);
        }
    }

    public void Dispose() => _stopping.Dispose();

    private static async Task SyncAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMinutes(1), stoppingToken).ConfigureAwait(false);
        }
    }
}

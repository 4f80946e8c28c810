using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Supervise;

sealed class Reader : BackgroundService
{
    private readonly IAsyncEnumerable<int> _items = null!;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var item in _items)
        {
            _ = Task.Run(() => Console.WriteLine(item));
            var result = Task.Run(() => item * 2, stoppingToken).Result;
            await Task.Delay(Timeout.Infinite, CancellationToken.None);
        }
    }
}

partial class Poller
{
    [Supervised(HeartbeatTimeoutMs = 1000, StopOn = new[] { typeof(TimeoutException), typeof(string) })]
    private void Poll(SupervisionContext context)
    {
        do { context.Heartbeat(); } while (true);
    }
}

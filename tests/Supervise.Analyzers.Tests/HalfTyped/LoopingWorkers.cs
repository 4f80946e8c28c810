using System;
using System.Threading;
using System.Threading.Tasks;
using Supervise;

partial class Pump
{
    private volatile bool _stopped;

    [Supervised(Policy = RestartPolicy.Backoff, RestartDelayMs = 100, MaxDelayMs = 5000)]
    private async Task PumpAsync(CancellationToken stoppingToken)
    {
        while (!_stopped)
        {
            try
            {
                await Task.Delay(1000);
                Thread.Sleep(10);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Console.WriteLine(ex);
            }
            for (;;) { if (stoppingToken.IsCancellationRequested) break; }
        }
    }
}

using System;
using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// SUP105: the stop cancels Task.Delay, the catch swallows the OperationCanceledException, and the
// loop goes round again, forever. Fix: let cancellation through with a filter (the code fix adds it).
public sealed partial class Retrier
{
    [Supervised]
    private async Task RetryAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await Task.Delay(1000, stoppingToken);
            }
            catch (Exception ex) // expect: SUP105
            {
                Console.WriteLine(ex.Message);
            }
        }
    }

    [Supervised]
    private async Task RetryPolitelyAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await Task.Delay(1000, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Console.WriteLine(ex.Message);
            }
        }
    }
}

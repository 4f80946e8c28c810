using System;
using System.Threading;
using Supervise;

namespace AnalyzerTour;

// SUP103: a loop with no way out that never looks at the token keeps running after a stop.
// Fix: loop on !stoppingToken.IsCancellationRequested, or throw with ThrowIfCancellationRequested.
public sealed partial class Spinner
{
    private long _turns;

    [Supervised]
    private void Spin(CancellationToken stoppingToken)
    {
        stoppingToken.Register(() => Console.WriteLine("stop requested"));
        while (true) // expect: SUP103
        {
            _turns++;
        }
    }

    [Supervised]
    private void Turn(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            _turns++;
        }
    }
}

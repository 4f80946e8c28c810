using System;
using System.Threading;
using Supervise;

namespace AnalyzerTour;

// SUP101: the worker takes its stop token and never looks at it, so a stop goes unnoticed.
// Fix: check it, pass it on, or throw with it. (A body that does nothing that can take time, with no
// loop, no await and no call that waits, is not reported: there is no stop for it to notice.)
public sealed partial class Sweeper
{
    [Supervised(Restart = RestartMode.OnFailure)]
    private void Sweep(CancellationToken stoppingToken) // expect: SUP101
    {
        foreach (var file in System.IO.Directory.GetFiles("/tmp/sweep"))
        {
            System.IO.File.Delete(file);
        }
    }

    [Supervised(Restart = RestartMode.OnFailure)]
    private void SweepOnce(CancellationToken stoppingToken)
    {
        foreach (var file in System.IO.Directory.GetFiles("/tmp/sweep"))
        {
            stoppingToken.ThrowIfCancellationRequested();
            System.IO.File.Delete(file);
        }
    }
}

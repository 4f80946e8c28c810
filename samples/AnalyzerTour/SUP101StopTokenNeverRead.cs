using System;
using System.Threading;
using Supervise;

namespace AnalyzerTour;

// SUP101: the worker takes its stop token and never looks at it, so a stop goes unnoticed.
// Fix: check it, pass it on, or throw with it.
public sealed partial class Sweeper
{
    [Supervised(Restart = RestartMode.OnFailure)]
    private void Sweep(CancellationToken stoppingToken) // expect: SUP101
    {
        Console.WriteLine("sweeping");
    }

    [Supervised(Restart = RestartMode.OnFailure)]
    private void SweepOnce(CancellationToken stoppingToken)
    {
        stoppingToken.ThrowIfCancellationRequested();
        Console.WriteLine("sweeping");
    }
}

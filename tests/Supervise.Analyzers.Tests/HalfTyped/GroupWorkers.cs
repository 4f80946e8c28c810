using System;
using System.Threading;
using System.Threading.Tasks;
using Supervise;

[SupervisionGroup(Strategy = SupervisionStrategy.RestForOne, MaxRestarts = -2, RestartWindowMs = -1, AutoShutdown = AutoShutdown.AnySignificant, Name = " ")]
public sealed partial class Ingest
{
    [Supervised(RestartDelayMs = 200, Significant = true)]
    private Task ConnectAsync(CancellationToken stoppingToken) => Task.Delay(10, stoppingToken);

    [Supervised(Restart = RestartMode.OnFailure, Significant = true)]
    private Task ConsumeAsync(string queue, CancellationToken stoppingToken) => Task.Delay(10, stoppingToken);

    [Supervised]
    private static Task CleanUpAsync(CancellationToken stoppingToken) => Task.Delay(10, stoppingToken);
}

[SupervisionGroup((SupervisionStrategy)9, AutoShutdown = (AutoShutdown)4)]
partial class Empty { }

[SupervisionGroup][SupervisionGroup]
partial struct Twice
{
    [Supervised(Significant = true)] void Work() { }
}

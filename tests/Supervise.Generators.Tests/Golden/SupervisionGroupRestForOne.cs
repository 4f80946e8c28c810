#pragma warning disable CS1591 // The inputs need no docs; the generated code is compiled with documentation checks on.
using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace Demo
{
    [SupervisionGroup(Strategy = SupervisionStrategy.RestForOne, MaxRestarts = 5, RestartWindowMs = 10000, AutoShutdown = AutoShutdown.AnySignificant)]
    public sealed partial class Ingest
    {
        [Supervised(RestartDelayMs = 200)]
        private Task ConnectAsync(CancellationToken stoppingToken) => Task.Delay(10, stoppingToken);

        [Supervised(Restart = RestartMode.OnFailure, Significant = true)]
        private ValueTask ConsumeAsync(CancellationToken stoppingToken) => default(ValueTask);

        [Supervised(Policy = RestartPolicy.Immediate, HeartbeatTimeoutMs = 1000)]
        private Task ReportAsync(SupervisionContext context) => Task.Delay(10, context.StoppingToken);

        [Supervised]
        private static Task CleanUpAsync(CancellationToken stoppingToken) => Task.Delay(10, stoppingToken);
    }
}

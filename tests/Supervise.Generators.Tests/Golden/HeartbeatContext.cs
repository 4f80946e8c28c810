#pragma warning disable CS1591 // The inputs need no docs; the generated code is compiled with documentation checks on.
using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace Demo
{
    public partial class Crawler
    {
        [Supervised(HeartbeatTimeoutMs = 10000, Policy = RestartPolicy.Immediate)]
        private async Task CrawlAsync(CancellationToken stoppingToken, SupervisionContext context)
        {
            await Task.Delay(10, stoppingToken);
            context.Heartbeat();
        }

        [Supervised(HeartbeatTimeoutMs = 5000)]
        private ValueTask IndexAsync(SupervisionContext context) => new ValueTask(Task.Delay(10, context.StoppingToken));

        [Supervised(HeartbeatTimeoutMs = 5000, Restart = RestartMode.OnFailure)]
        private static void Compact(SupervisionContext context, CancellationToken stoppingToken)
        {
            context.Heartbeat();
        }
    }
}

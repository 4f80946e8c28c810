#pragma warning disable CS1591 // The inputs need no docs; the generated code is compiled with documentation checks on.
using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace Demo
{
    public sealed partial class Consumers
    {
        [Supervised(Policy = RestartPolicy.Backoff)]
        private Task ConsumeAsync(string partition, CancellationToken stoppingToken) => Task.Delay(10, stoppingToken);

        [Supervised(HeartbeatTimeoutMs = 5000)]
        private ValueTask ReadAsync(string topic, int partition, SupervisionContext context) => default(ValueTask);

        [Supervised]
        private static void Import(System.IO.FileInfo file)
        {
        }

        [Supervised]
        private Task PollAsync(CancellationToken stoppingToken) => Task.Delay(10, stoppingToken);
    }
}

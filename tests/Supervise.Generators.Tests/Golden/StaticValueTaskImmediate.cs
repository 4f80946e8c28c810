#pragma warning disable CS1591 // The inputs need no docs; the generated code is compiled with documentation checks on.
using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace Demo
{
    public static partial class Poller
    {
        [Supervised(Policy = RestartPolicy.Immediate, ShutdownTimeoutMs = 250)]
        public static ValueTask PollAsync(CancellationToken stoppingToken) => new ValueTask(Task.Delay(10, stoppingToken));
    }
}

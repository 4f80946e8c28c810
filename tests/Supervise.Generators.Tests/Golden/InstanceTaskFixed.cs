#pragma warning disable CS1591 // The inputs need no docs; the generated code is compiled with documentation checks on.
using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace Demo.Workers
{
    public sealed partial class QueuePump
    {
        [Supervised(RestartDelayMs = 500)]
        private Task PumpAsync(CancellationToken stoppingToken) => Task.Delay(10, stoppingToken);
    }
}

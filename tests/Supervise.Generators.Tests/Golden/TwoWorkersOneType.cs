#pragma warning disable CS1591 // The inputs need no docs; the generated code is compiled with documentation checks on.
using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace Demo
{
    public sealed partial class Pipeline
    {
        [Supervised]
        private Task ReadAsync(CancellationToken stoppingToken) => Task.Delay(10, stoppingToken);

        [Supervised(Policy = RestartPolicy.Immediate, Restart = RestartMode.OnFailure)]
        private Task @checked(CancellationToken stoppingToken) => Task.Delay(10, stoppingToken);
    }
}

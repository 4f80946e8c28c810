#pragma warning disable CS1591 // The inputs need no docs; the generated code is compiled with documentation checks on.
using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace Demo
{
    public partial class Counters
    {
        [Supervised(Restart = RestartMode.OnFailure)]
        private Task<int> CountAsync(CancellationToken stoppingToken) => Task.FromResult(42);

        [Supervised(Policy = RestartPolicy.Immediate)]
        private ValueTask<string> NameAsync(CancellationToken stoppingToken) => new ValueTask<string>("done");
    }
}

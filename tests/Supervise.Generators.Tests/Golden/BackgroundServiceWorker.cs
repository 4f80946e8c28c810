#pragma warning disable CS1591 // The inputs need no docs; the generated code is compiled with documentation checks on.
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Supervise;

namespace Demo
{
    public sealed partial class Worker : BackgroundService
    {
        [Supervised(Policy = RestartPolicy.Backoff, MaxRestarts = 5, RestartWindowMs = 60000)]
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(1000, stoppingToken);
            }
        }
    }
}

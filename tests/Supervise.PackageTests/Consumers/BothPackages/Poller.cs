using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace BothPackages;

// Every line of this loop is a stop bug: SUP101, SUP102, SUP103 and SUP104 report them.
public sealed class Poller : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            Thread.Sleep(100);
            await Task.Delay(1000);
        }
    }
}

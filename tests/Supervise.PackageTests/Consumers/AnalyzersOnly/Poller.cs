using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace AnalyzersOnly;

// Two stop bugs, one warning each: Thread.Sleep (SUP104), and the delay without the token (SUP102, the
// root cause of the loop that never observes it and of the token never read, so SUP103 and SUP101 stay quiet).
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

using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// SUP106: a delay of Timeout.Infinite without the token never ends, not even at a stop, so the
// supervisor never learns the run is over. Fix: pass the stop token (the code fix does).
public sealed partial class Sleeper
{
    [Supervised(Restart = RestartMode.Never)]
    private async Task HibernateAsync(CancellationToken stoppingToken)
    {
        stoppingToken.ThrowIfCancellationRequested();
        await Task.Delay(Timeout.Infinite); // expect: SUP106
    }

    [Supervised(Restart = RestartMode.Never)]
    private Task RestAsync(CancellationToken stoppingToken) => Task.Delay(Timeout.Infinite, stoppingToken);
}

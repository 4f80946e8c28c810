using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// SUP100: without a stop token the supervisor can only wait out its shutdown timeout and report the
// worker as unstopped. Fix: take a CancellationToken (the code fix adds one).
public sealed partial class Heartbeat
{
    [Supervised]
    private Task BeatAsync() => Task.Delay(1000); // expect: SUP100

    [Supervised]
    private Task PulseAsync(CancellationToken stoppingToken) => Task.Delay(1000, stoppingToken);
}

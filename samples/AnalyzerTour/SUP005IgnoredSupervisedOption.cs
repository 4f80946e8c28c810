using System.Threading;
using System.Threading.Tasks;
using Supervise;

namespace AnalyzerTour;

// SUP005: a value the supervisor ignores. RestartPolicy.Immediate restarts without a delay, so a
// RestartDelayMs does nothing, and RestartMode.Never never restarts, so a MaxRestarts does nothing; RestartPolicy.Fixed (the default)
// waits the same delay every time, so a MaxDelayMs caps nothing.
// The supervisors are generated; the attributes just do not read the way they behave. Fix: drop the value.
public sealed partial class QuoteStream
{
    [Supervised(Policy = RestartPolicy.Immediate, MaxRestarts = 5, RestartWindowMs = 60_000,
        RestartDelayMs = 250)] // expect: SUP005
    private Task StreamAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);

    [Supervised(Restart = RestartMode.Never,
        MaxRestarts = 3)] // expect: SUP005
    private Task SnapshotAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);

    [Supervised(RestartDelayMs = 250,
        MaxDelayMs = 10_000)] // expect: SUP005
    private Task BackfillAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);

    [Supervised(Policy = RestartPolicy.Immediate, MaxRestarts = 5, RestartWindowMs = 60_000)]
    private Task ReplayAsync(CancellationToken stoppingToken) => Task.Delay(100, stoppingToken);
}

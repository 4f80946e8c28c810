using Supervise.Tests.Workers;

namespace Supervise.Tests.Hostile;

public sealed class DroppedSupervisorTests
{
    [Fact]
    public async Task Supervisors_started_stopped_and_dropped_leave_no_record_behind_without_a_metrics_listener()
    {
        const int Cycles = 200_000;
        var stopped = new CancellationToken(canceled: true);
        var heldAfterHalf = 0;
        for (var cycle = 1; cycle <= Cycles; cycle++)
        {
            // A start that a cancelled token stops at once: registered for the gauge, then dropped.
            await new DelegateWorker(_ => Task.CompletedTask).WorkSupervisor.RunAsync(stopped);
            if (cycle % 10_000 == 0)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                if (cycle == Cycles / 2)
                {
                    heldAfterHalf = SupervisorRegistry.Count;
                }
            }
        }

        // Bounded by the supervisors alive between collections (and the other tests' own), never by the cycles.
        Assert.InRange(SupervisorRegistry.Count, 0, 25_000);
        Assert.InRange(heldAfterHalf, 0, 25_000);
    }
}

using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

public sealed class ResetAfterTests
{
    private readonly WorkerScript _script = new();

    [Fact]
    public async Task A_failure_after_a_stable_run_starts_the_backoff_again()
    {
        var delays = new List<double>();
        var supervisor = new ResetAfterWorker(_script).WorkSupervisor;
        supervisor.Restarting += (_, restart) => delays.Add(restart.Delay.TotalMilliseconds);
        await using var run = SupervisorRun.Start(supervisor);

        await FailAfterAsync(run, upMs: 0, occurrence: 1);
        await FailAfterAsync(run, upMs: 0, occurrence: 2);
        await FailAfterAsync(run, upMs: 999, occurrence: 3);
        Assert.Equal(3, supervisor.ConsecutiveFailures);
        await FailAfterAsync(run, upMs: 1000, occurrence: 4);

        Assert.Equal(1, supervisor.ConsecutiveFailures);
        Assert.Equal([100, 200, 400, 100], delays);
    }

    [Fact]
    public void The_automatic_reset_time_is_ten_restart_delays_and_at_least_a_second()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), new FixedWorker(_script).WorkSupervisor.ResetAfter);
        Assert.Equal(TimeSpan.FromSeconds(1), new ImmediateWorker(_script).WorkSupervisor.ResetAfter);
        Assert.Equal(TimeSpan.FromSeconds(1), new ResetAfterWorker(_script).WorkSupervisor.ResetAfter);
    }

    private async Task FailAfterAsync(SupervisorRun run, int upMs, int occurrence)
    {
        var current = await _script.NextRunAsync();
        run.Advance(upMs);
        current.Fail(new InvalidOperationException());
        await run.WaitForAsync(SupervisorState.WaitingToRestart, occurrence);
        run.Advance(10_000);
    }
}

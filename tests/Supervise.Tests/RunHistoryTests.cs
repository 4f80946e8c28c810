using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

public sealed class RunHistoryTests
{
    private readonly WorkerScript _script = new();

    [Fact]
    public void Without_a_capacity_no_run_is_remembered()
    {
        var supervisor = new FixedWorker(_script).WorkSupervisor;

        Assert.Equal(0, supervisor.RunHistoryCapacity);
        Assert.Empty(supervisor.RecentRuns);
    }

    [Fact]
    public async Task The_last_runs_are_remembered_oldest_first_with_their_start_duration_and_outcome()
    {
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        supervisor.RunHistoryCapacity = 2;
        var run = SupervisorRun.Start(supervisor);
        var startedAt = run.Time.GetUtcNow();

        var first = await _script.NextRunAsync();
        run.Advance(300);
        first.Fail(new TimeoutException("slow broker"));
        await run.WaitForAsync(SupervisorState.WaitingToRestart);
        Assert.Equal(startedAt.AddMilliseconds(300), supervisor.LastFailureAt);
        run.Advance(500);
        var second = await _script.NextRunAsync();
        run.Advance(200);
        second.Complete();
        await run.WaitForAsync(SupervisorState.WaitingToRestart, occurrence: 2);
        run.Advance(500);
        await _script.NextRunAsync();
        run.Advance(100);
        await run.StopAsync();

        // Capacity 2: the failed first run has made room for the later ones.
        Assert.Collection(
            supervisor.RecentRuns,
            completed =>
            {
                Assert.Equal(startedAt.AddMilliseconds(800), completed.StartedAt);
                Assert.Equal(TimeSpan.FromMilliseconds(200), completed.Duration);
                Assert.Equal(RunOutcome.Completed, completed.Outcome);
                Assert.Null(completed.FailureType);
            },
            stopped =>
            {
                Assert.Equal(TimeSpan.FromMilliseconds(100), stopped.Duration);
                Assert.Equal(RunOutcome.Stopped, stopped.Outcome);
            });
        await run.DisposeAsync();
    }

    [Fact]
    public async Task A_failed_run_is_remembered_with_its_exception_type()
    {
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        supervisor.RunHistoryCapacity = 50;
        await using var run = SupervisorRun.Start(supervisor);

        (await _script.NextRunAsync()).Fail(new TimeoutException("slow broker"));
        await run.WaitForAsync(SupervisorState.WaitingToRestart);

        var failed = Assert.Single(supervisor.RecentRuns);
        Assert.Equal(RunOutcome.Failed, failed.Outcome);
        Assert.Equal(typeof(TimeoutException).FullName, failed.FailureType);
    }

    [Fact]
    public async Task The_capacity_cannot_change_while_the_supervisor_runs()
    {
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        await using var run = SupervisorRun.Start(supervisor);
        await _script.NextRunAsync();

        Assert.Throws<InvalidOperationException>(() => supervisor.RunHistoryCapacity = 10);
        Assert.Throws<ArgumentOutOfRangeException>(() => new FixedWorker(_script).WorkSupervisor.RunHistoryCapacity = -1);
    }
}

using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

public sealed class ObservableStateTests
{
    private readonly WorkerScript _script = new();

    [Fact]
    public async Task NextRestartAt_is_set_only_while_waiting_to_restart()
    {
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        await using var run = SupervisorRun.Start(supervisor);
        var first = await _script.NextRunAsync();
        Assert.Null(supervisor.NextRestartAt);

        first.Fail(new InvalidOperationException());
        await run.WaitForAsync(SupervisorState.WaitingToRestart);
        Assert.Equal(run.Time.GetUtcNow().AddMilliseconds(500), supervisor.NextRestartAt);

        run.Advance(500);
        await _script.NextRunAsync();
        Assert.Null(supervisor.NextRestartAt);
    }

    [Fact]
    public async Task Uptime_is_the_age_of_the_current_run_and_zero_between_runs()
    {
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        var run = SupervisorRun.Start(supervisor);
        var first = await _script.NextRunAsync();
        run.Advance(1234);
        Assert.Equal(TimeSpan.FromMilliseconds(1234), supervisor.Uptime);

        first.Fail(new InvalidOperationException());
        await run.WaitForAsync(SupervisorState.WaitingToRestart);
        Assert.Equal(TimeSpan.Zero, supervisor.Uptime);

        run.Advance(500);
        await _script.NextRunAsync();
        run.Advance(10);
        Assert.Equal(TimeSpan.FromMilliseconds(10), supervisor.Uptime);
        await run.StopAsync();
        Assert.Equal(TimeSpan.Zero, supervisor.Uptime);
        await run.DisposeAsync();
    }

    [Fact]
    public async Task Restarting_says_which_attempt_comes_after_what_and_how_long_it_waits()
    {
        var restarts = new List<RestartingEventArgs>();
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        supervisor.Restarting += (_, restart) => restarts.Add(restart);
        await using var run = SupervisorRun.Start(supervisor);

        var failure = new InvalidOperationException();
        (await _script.NextRunAsync()).Fail(failure);
        await run.WaitForAsync(SupervisorState.WaitingToRestart, 1);
        run.Advance(500);
        (await _script.NextRunAsync()).Complete();
        await run.WaitForAsync(SupervisorState.WaitingToRestart, 2);

        Assert.Collection(
            restarts,
            first => Assert.Equal((2, TimeSpan.FromMilliseconds(500), (Exception?)failure), (first.Attempt, first.Delay, first.Failure)),
            second => Assert.Equal((3, TimeSpan.FromMilliseconds(500), (Exception?)null), (second.Attempt, second.Delay, second.Failure)));
    }

    [Fact]
    public async Task A_worker_may_take_its_token_and_its_context_in_either_order()
    {
        var workers = new ContextWorkers(_script);
        await using (SupervisorRun.Start(workers.TokenFirstSupervisor))
        {
            (await _script.NextRunAsync()).Fail(new InvalidOperationException());
            await _script.NextRunAsync();
        }

        await using (SupervisorRun.Start(workers.ContextFirstSupervisor))
        {
            await _script.NextRunAsync();
        }

        Assert.Equal([(1, 0, true), (2, 1, true), (1, 0, true)], workers.Seen);
    }
}

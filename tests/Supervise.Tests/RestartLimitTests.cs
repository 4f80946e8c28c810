using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

public sealed class RestartLimitTests
{
    private readonly WorkerScript _script = new();

    [Fact]
    public async Task One_restart_more_than_the_limit_inside_the_window_gives_up_loudly()
    {
        var supervisor = new WindowLimitedWorker(_script).WorkSupervisor;
        await using var run = SupervisorRun.Start(supervisor);

        (await _script.NextRunAsync()).Fail(new InvalidOperationException("1"));
        (await _script.NextRunAsync()).Fail(new InvalidOperationException("2"));
        var last = new InvalidOperationException("3");
        (await _script.NextRunAsync()).Fail(last);

        var gaveUp = await Assert.ThrowsAsync<SupervisorGaveUpException>(() => Guard.Within(run.Completion));
        Assert.Equal(GiveUpReason.RestartLimitExceeded, gaveUp.Reason);
        Assert.Equal(2, gaveUp.RestartCount);
        Assert.Same(last, gaveUp.InnerException);
        Assert.Equal(SupervisorState.Faulted, supervisor.State);
        Assert.Equal(3, _script.RunCount);
    }

    [Fact]
    public async Task Restarts_that_slid_out_of_the_window_stop_counting()
    {
        var supervisor = new WindowLimitedWorker(_script).WorkSupervisor;
        await using var run = SupervisorRun.Start(supervisor);

        (await _script.NextRunAsync()).Fail(new InvalidOperationException());
        (await _script.NextRunAsync()).Fail(new InvalidOperationException());
        var third = await _script.NextRunAsync();
        run.Advance(1000);
        third.Fail(new InvalidOperationException());

        Assert.Equal(4, (await _script.NextRunAsync()).Number);
        Assert.Equal(3, supervisor.RestartCount);
        Assert.Equal(SupervisorState.Running, supervisor.State);
    }

    [Fact]
    public async Task Without_a_window_the_limit_counts_every_restart_of_the_run()
    {
        var supervisor = new LifetimeLimitedWorker(_script).WorkSupervisor;
        await using var run = SupervisorRun.Start(supervisor);

        (await _script.NextRunAsync()).Complete();
        var second = await _script.NextRunAsync();
        run.Advance(3_600_000);
        second.Fail(new InvalidOperationException());

        var gaveUp = await Assert.ThrowsAsync<SupervisorGaveUpException>(() => Guard.Within(run.Completion));
        Assert.Equal(GiveUpReason.RestartLimitExceeded, gaveUp.Reason);
        Assert.Equal(1, gaveUp.RestartCount);
    }

    [Fact]
    public async Task A_give_up_raises_the_GaveUp_event_with_the_exception_RunAsync_throws()
    {
        var supervisor = new LifetimeLimitedWorker(_script).WorkSupervisor;
        SupervisorGaveUpException? raised = null;
        supervisor.GaveUp += (_, args) => raised = args.Exception;
        await using var run = SupervisorRun.Start(supervisor);

        (await _script.NextRunAsync()).Fail(new InvalidOperationException());
        (await _script.NextRunAsync()).Fail(new InvalidOperationException());

        var thrown = await Assert.ThrowsAsync<SupervisorGaveUpException>(() => Guard.Within(run.Completion));
        Assert.Same(thrown, raised);
    }
}

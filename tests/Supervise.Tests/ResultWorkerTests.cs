using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

public sealed class ResultWorkerTests
{
    private readonly WorkerScript _tasks = new();
    private readonly WorkerScript _valueTasks = new();

    [Fact]
    public async Task A_worker_returning_a_task_of_a_result_is_restarted_after_it_returns_and_the_result_is_ignored()
    {
        var supervisor = new ResultWorkers(_tasks, _valueTasks).CountSupervisor;
        await using var run = SupervisorRun.Start(supervisor);

        (await _tasks.NextRunAsync()).Complete();
        await run.WaitForAsync(SupervisorState.WaitingToRestart);
        run.Advance(100);

        Assert.Equal(2, (await _tasks.NextRunAsync()).Number);
        Assert.Null(supervisor.LastFailure);
    }

    [Fact]
    public async Task A_worker_returning_a_value_task_of_a_result_that_fails_is_restarted_as_a_failure()
    {
        var supervisor = new ResultWorkers(_tasks, _valueTasks).NameSupervisor;
        await using var run = SupervisorRun.Start(supervisor);

        (await _valueTasks.NextRunAsync()).Fail(new TimeoutException("no answer"));
        await run.WaitForAsync(SupervisorState.WaitingToRestart);

        Assert.IsType<TimeoutException>(supervisor.LastFailure);
        run.Advance(100);
        Assert.Equal(2, (await _valueTasks.NextRunAsync()).Number);
    }
}

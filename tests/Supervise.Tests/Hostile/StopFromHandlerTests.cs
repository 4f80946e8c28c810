using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests.Hostile;

public sealed class StopFromHandlerTests
{
    private readonly WorkerScript _script = new();

    [Theory]
    [InlineData(RestartPolicy.Immediate)]
    [InlineData(RestartPolicy.Fixed)]
    [InlineData(RestartPolicy.Backoff)]
    public async Task A_stop_asked_for_by_a_Restarting_handler_starts_no_further_run(RestartPolicy policy)
    {
        var supervisor = For(policy);
        Task? stopping = null;
        supervisor.Restarting += (_, _) => stopping = supervisor.StopAsync();
        await using var run = SupervisorRun.Start(supervisor);

        (await _script.NextRunAsync()).Fail(new InvalidOperationException("first run fails"));
        await run.WaitForAsync(SupervisorState.Stopped);
        run.Advance(60_000);

        Assert.Equal(1, _script.RunCount);
        Assert.Equal(0, supervisor.RestartCount);
        await Guard.Within(stopping!);
    }

    [Theory]
    [InlineData(RestartPolicy.Fixed)]
    [InlineData(RestartPolicy.Backoff)]
    public async Task A_stop_asked_for_by_a_StateChanged_handler_as_the_restart_delay_ends_starts_no_further_run(RestartPolicy policy)
    {
        var supervisor = For(policy);
        Task? stopping = null;
        supervisor.StateChanged += (_, change) =>
        {
            if (change is { PreviousState: SupervisorState.WaitingToRestart, State: SupervisorState.Running })
            {
                stopping = supervisor.StopAsync();
            }
        };
        await using var run = SupervisorRun.Start(supervisor);

        (await _script.NextRunAsync()).Fail(new InvalidOperationException("first run fails"));
        await run.WaitForAsync(SupervisorState.WaitingToRestart);
        run.Advance(60_000);
        await run.WaitForAsync(SupervisorState.Stopped);

        Assert.Equal(1, _script.RunCount);
        await Guard.Within(stopping!);
    }

    private Supervisor For(RestartPolicy policy) => policy switch
    {
        RestartPolicy.Immediate => new ImmediateWorker(_script).WorkSupervisor,
        RestartPolicy.Fixed => new FixedWorker(_script).WorkSupervisor,
        _ => new BackoffWorker(_script).WorkSupervisor,
    };
}

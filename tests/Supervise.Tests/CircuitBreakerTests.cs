using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

public sealed class CircuitBreakerTests
{
    private readonly WorkerScript _script = new();

    [Fact]
    public async Task The_circuit_opens_after_the_threshold_of_consecutive_failures_and_half_opens_after_the_break()
    {
        var supervisor = new CircuitWorker(_script).WorkSupervisor;
        await using var run = SupervisorRun.Start(supervisor);
        await FailThreeTimesAsync(run);

        await run.WaitForAsync(SupervisorState.CircuitOpen);
        Assert.Equal(CircuitState.Open, supervisor.Circuit);
        Assert.Equal(run.Time.GetUtcNow().AddMilliseconds(5000), supervisor.NextRestartAt);
        run.Advance(4999);
        Assert.Equal(3, _script.RunCount);

        run.Advance(1);
        var trial = await _script.NextRunAsync();
        Assert.Equal(4, trial.Number);
        Assert.Equal(CircuitState.HalfOpen, supervisor.Circuit);
        Assert.Equal(3, supervisor.RestartCount);
    }

    [Fact]
    public async Task A_trial_run_that_stays_up_for_the_reset_time_closes_the_circuit()
    {
        var supervisor = new CircuitWorker(_script).WorkSupervisor;
        await using var run = SupervisorRun.Start(supervisor);
        await FailThreeTimesAsync(run);
        await run.WaitForAsync(SupervisorState.CircuitOpen);
        run.Advance(5000);
        await _script.NextRunAsync();

        run.Advance(1999);
        Assert.Equal(CircuitState.HalfOpen, supervisor.Circuit);
        run.Advance(1);

        Assert.Equal(CircuitState.Closed, supervisor.Circuit);
        Assert.Equal(SupervisorState.Running, supervisor.State);
    }

    [Fact]
    public async Task A_trial_run_that_fails_reopens_the_circuit_at_once()
    {
        var supervisor = new CircuitWorker(_script).WorkSupervisor;
        var circuit = new List<CircuitState>();
        supervisor.CircuitStateChanged += (_, change) => circuit.Add(change.State);
        await using var run = SupervisorRun.Start(supervisor);
        await FailThreeTimesAsync(run);
        await run.WaitForAsync(SupervisorState.CircuitOpen);
        run.Advance(5000);

        run.Advance(500);
        (await _script.NextRunAsync()).Fail(new InvalidOperationException("trial failed"));

        await run.WaitForAsync(SupervisorState.CircuitOpen, 2);
        Assert.Equal(CircuitState.Open, supervisor.Circuit);
        Assert.Equal([CircuitState.Open, CircuitState.HalfOpen, CircuitState.Open], circuit);
    }

    [Fact]
    public async Task A_trial_run_that_completes_closes_the_circuit()
    {
        var supervisor = new CircuitWorker(_script).WorkSupervisor;
        await using var run = SupervisorRun.Start(supervisor);
        await FailThreeTimesAsync(run);
        await run.WaitForAsync(SupervisorState.CircuitOpen);
        run.Advance(5000);

        (await _script.NextRunAsync()).Complete();
        await run.WaitForAsync(SupervisorState.WaitingToRestart, 3);

        Assert.Equal(CircuitState.Closed, supervisor.Circuit);
        Assert.Equal(0, supervisor.ConsecutiveFailures);
    }

    [Fact]
    public async Task Stopping_while_the_circuit_is_open_returns_at_once()
    {
        var supervisor = new CircuitWorker(_script).WorkSupervisor;
        var run = SupervisorRun.Start(supervisor);
        await FailThreeTimesAsync(run);
        await run.WaitForAsync(SupervisorState.CircuitOpen);

        await run.StopAsync();

        Assert.Equal(SupervisorState.Stopped, supervisor.State);
        Assert.Equal(3, _script.RunCount);
        Assert.Null(supervisor.NextRestartAt);
        await run.DisposeAsync();
    }

    private async Task FailThreeTimesAsync(SupervisorRun run)
    {
        (await _script.NextRunAsync()).Fail(new InvalidOperationException("1"));
        await run.WaitForAsync(SupervisorState.WaitingToRestart, 1);
        run.Advance(100);
        (await _script.NextRunAsync()).Fail(new InvalidOperationException("2"));
        await run.WaitForAsync(SupervisorState.WaitingToRestart, 2);
        run.Advance(100);
        (await _script.NextRunAsync()).Fail(new InvalidOperationException("3"));
    }
}

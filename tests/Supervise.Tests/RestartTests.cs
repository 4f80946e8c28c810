using Microsoft.Extensions.Time.Testing;
using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

public sealed class RestartTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly WorkerScript _script = new();

    [Fact]
    public async Task A_failed_worker_is_restarted_after_the_fixed_delay_and_not_before()
    {
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        supervisor.TimeProvider = _time;
        var states = new StateRecorder(supervisor);
        using var stop = new CancellationTokenSource();
        var running = supervisor.RunAsync(stop.Token);

        var failure = new InvalidOperationException("boom");
        (await _script.NextRunAsync()).Fail(failure);
        await states.WaitForAsync(SupervisorState.WaitingToRestart);
        Assert.Same(failure, supervisor.LastFailure);
        Assert.Equal(1, supervisor.ConsecutiveFailures);

        _time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.Equal(0, supervisor.RestartCount);
        Assert.Equal(SupervisorState.WaitingToRestart, supervisor.State);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        var second = await _script.NextRunAsync();
        Assert.Equal(2, second.Number);
        Assert.Equal(1, supervisor.RestartCount);
        Assert.Equal(SupervisorState.Running, supervisor.State);

        stop.Cancel();
        await Guard.Within(running);
        Assert.Equal(SupervisorState.Stopped, supervisor.State);
    }

    [Fact]
    public async Task A_completed_run_resets_the_consecutive_failures()
    {
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        supervisor.TimeProvider = _time;
        var states = new StateRecorder(supervisor);
        using var stop = new CancellationTokenSource();
        var running = supervisor.RunAsync(stop.Token);

        (await _script.NextRunAsync()).Fail(new InvalidOperationException());
        await states.WaitForAsync(SupervisorState.WaitingToRestart, 1);
        _time.Advance(TimeSpan.FromMilliseconds(500));
        (await _script.NextRunAsync()).Complete();
        await states.WaitForAsync(SupervisorState.WaitingToRestart, 2);

        Assert.Equal(0, supervisor.ConsecutiveFailures);
        Assert.NotNull(supervisor.LastFailure);

        stop.Cancel();
        await Guard.Within(running);
    }

    [Fact]
    public async Task Backoff_doubles_the_delay_per_consecutive_failure_up_to_the_cap()
    {
        var supervisor = new BackoffWorker(_script).WorkSupervisor;
        supervisor.TimeProvider = _time;
        var states = new StateRecorder(supervisor);
        using var stop = new CancellationTokenSource();
        var running = supervisor.RunAsync(stop.Token);

        int[] expectedDelays = [100, 200, 400, 400];
        for (var i = 0; i < expectedDelays.Length; i++)
        {
            (await _script.NextRunAsync()).Fail(new InvalidOperationException());
            await states.WaitForAsync(SupervisorState.WaitingToRestart, i + 1);

            _time.Advance(TimeSpan.FromMilliseconds(expectedDelays[i] - 1));
            Assert.Equal(i, supervisor.RestartCount);
            _time.Advance(TimeSpan.FromMilliseconds(1));
            await states.WaitForAsync(SupervisorState.Running, i + 2);
            Assert.Equal(i + 1, supervisor.RestartCount);
        }

        stop.Cancel();
        await Guard.Within(running);
    }

    [Fact]
    public async Task Backoff_starts_again_from_the_first_delay_after_a_completed_run()
    {
        var supervisor = new BackoffWorker(_script).WorkSupervisor;
        supervisor.TimeProvider = _time;
        var states = new StateRecorder(supervisor);
        using var stop = new CancellationTokenSource();
        var running = supervisor.RunAsync(stop.Token);

        (await _script.NextRunAsync()).Fail(new InvalidOperationException());
        await states.WaitForAsync(SupervisorState.WaitingToRestart, 1);
        _time.Advance(TimeSpan.FromMilliseconds(100));
        (await _script.NextRunAsync()).Fail(new InvalidOperationException());
        await states.WaitForAsync(SupervisorState.WaitingToRestart, 2);
        _time.Advance(TimeSpan.FromMilliseconds(200));
        (await _script.NextRunAsync()).Complete();
        await states.WaitForAsync(SupervisorState.WaitingToRestart, 3);

        _time.Advance(TimeSpan.FromMilliseconds(99));
        Assert.Equal(2, supervisor.RestartCount);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(4, (await _script.NextRunAsync()).Number);

        stop.Cancel();
        await Guard.Within(running);
    }

    [Fact]
    public async Task Immediate_restarts_without_waiting_for_the_clock()
    {
        var supervisor = new ImmediateWorker(_script).WorkSupervisor;
        supervisor.TimeProvider = _time;
        var states = new StateRecorder(supervisor);
        using var stop = new CancellationTokenSource();
        var running = supervisor.RunAsync(stop.Token);

        (await _script.NextRunAsync()).Fail(new InvalidOperationException());
        (await _script.NextRunAsync()).Complete();
        (await _script.NextRunAsync()).Fail(new InvalidOperationException());
        var fourth = await _script.NextRunAsync();

        Assert.Equal(4, fourth.Number);
        Assert.Equal(3, supervisor.RestartCount);
        Assert.DoesNotContain(SupervisorState.WaitingToRestart, states.Entered);

        stop.Cancel();
        await Guard.Within(running);
    }
}

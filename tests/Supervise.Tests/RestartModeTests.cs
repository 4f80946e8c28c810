using Microsoft.Extensions.Time.Testing;
using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

public sealed class RestartModeTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly WorkerScript _script = new();

    [Fact]
    public async Task Always_restarts_a_worker_that_completed()
    {
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        supervisor.TimeProvider = _time;
        var states = new StateRecorder(supervisor);
        using var stop = new CancellationTokenSource();
        var running = supervisor.RunAsync(stop.Token);

        (await _script.NextRunAsync()).Complete();
        await states.WaitForAsync(SupervisorState.WaitingToRestart);
        _time.Advance(TimeSpan.FromMilliseconds(500));

        Assert.Equal(2, (await _script.NextRunAsync()).Number);
        Assert.Null(supervisor.LastFailure);

        stop.Cancel();
        await Guard.Within(running);
    }

    [Fact]
    public async Task OnFailure_ends_supervision_normally_when_the_worker_completes()
    {
        var supervisor = new OnFailureWorker(_script).WorkSupervisor;
        supervisor.TimeProvider = _time;
        var running = supervisor.RunAsync();

        (await _script.NextRunAsync()).Complete();
        await Guard.Within(running);

        Assert.Equal(SupervisorState.Stopped, supervisor.State);
        Assert.Equal(1, _script.RunCount);
        Assert.Equal(0, supervisor.RestartCount);
    }

    [Fact]
    public async Task OnFailure_restarts_a_worker_that_failed()
    {
        var supervisor = new OnFailureWorker(_script).WorkSupervisor;
        supervisor.TimeProvider = _time;
        var states = new StateRecorder(supervisor);
        var running = supervisor.RunAsync();

        (await _script.NextRunAsync()).Fail(new InvalidOperationException());
        await states.WaitForAsync(SupervisorState.WaitingToRestart);
        _time.Advance(TimeSpan.FromMilliseconds(500));
        (await _script.NextRunAsync()).Complete();
        await Guard.Within(running);

        Assert.Equal(1, supervisor.RestartCount);
        Assert.Equal(SupervisorState.Stopped, supervisor.State);
    }

    [Fact]
    public async Task Never_ends_supervision_normally_when_the_worker_completes()
    {
        var supervisor = new NeverWorker(_script).WorkSupervisor;
        var running = supervisor.RunAsync();

        (await _script.NextRunAsync()).Complete();
        await Guard.Within(running);

        Assert.Equal(SupervisorState.Stopped, supervisor.State);
        Assert.Equal(1, _script.RunCount);
    }

    [Fact]
    public async Task Never_gives_up_loudly_when_the_worker_fails()
    {
        var supervisor = new NeverWorker(_script).WorkSupervisor;
        var running = supervisor.RunAsync();

        var failure = new InvalidOperationException("broken");
        (await _script.NextRunAsync()).Fail(failure);
        var gaveUp = await Assert.ThrowsAsync<SupervisorGaveUpException>(() => Guard.Within(running));

        Assert.Equal(GiveUpReason.FailedWithoutRestart, gaveUp.Reason);
        Assert.Same(failure, gaveUp.InnerException);
        Assert.Equal("NeverWorker.Work", gaveUp.SupervisorName);
        Assert.Contains("broken", gaveUp.Message, StringComparison.Ordinal);
        Assert.Equal(SupervisorState.Faulted, supervisor.State);
        Assert.Equal(1, _script.RunCount);
    }
}

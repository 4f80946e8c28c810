using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

public sealed class StopTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly WorkerScript _script = new();

    [Fact]
    public async Task Cancelling_the_token_during_a_run_cancels_the_worker_and_RunAsync_completes_normally()
    {
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        supervisor.TimeProvider = _time;
        using var stop = new CancellationTokenSource();
        var running = supervisor.RunAsync(stop.Token);
        var run = await _script.NextRunAsync();

        stop.Cancel();
        await Guard.Within(running);

        Assert.True(run.StoppingToken.IsCancellationRequested);
        Assert.Equal(SupervisorState.Stopped, supervisor.State);
        Assert.Equal(0, supervisor.RestartCount);
        Assert.Null(supervisor.LastFailure);
        Assert.False(_script.HasPendingRun);
    }

    [Fact]
    public async Task Stopping_during_the_restart_delay_returns_at_once_without_restarting()
    {
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        supervisor.TimeProvider = _time;
        var states = new StateRecorder(supervisor);
        using var stop = new CancellationTokenSource();
        var running = supervisor.RunAsync(stop.Token);
        (await _script.NextRunAsync()).Fail(new InvalidOperationException());
        await states.WaitForAsync(SupervisorState.WaitingToRestart);

        stop.Cancel();
        await Guard.Within(running);

        Assert.Equal(SupervisorState.Stopped, supervisor.State);
        Assert.Equal(0, supervisor.RestartCount);
        Assert.Equal(1, _script.RunCount);
    }

    [Fact]
    public async Task A_worker_that_ignores_its_token_is_left_running_after_the_shutdown_timeout_and_reported()
    {
        var logger = new FakeLogger();
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        supervisor.TimeProvider = _time;
        supervisor.Logger = logger;
        var states = new StateRecorder(supervisor);
        using var stop = new CancellationTokenSource();
        var running = supervisor.RunAsync(stop.Token);
        var run = await _script.NextRunAsync();
        run.IgnoreStopToken();

        stop.Cancel();
        Assert.Equal(SupervisorState.Stopping, supervisor.State);
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(running.IsCompleted);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        await Guard.Within(running);
        Assert.Equal(SupervisorState.Unstopped, supervisor.State);
        var unstopped = Assert.Single(logger.Collector.GetSnapshot(), record => record.Id.Id == 7);
        Assert.Contains("FixedWorker.Work", unstopped.Message, StringComparison.Ordinal);
        Assert.Contains("1000 ms", unstopped.Message, StringComparison.Ordinal);

        // When the worker finally returns, it is not restarted.
        run.Complete();
        await states.WaitForAsync(SupervisorState.Stopped);
        Assert.Equal(1, _script.RunCount);
        Assert.Contains(logger.Collector.GetSnapshot(), record => record.Id.Id == 8);
    }

    [Fact]
    public async Task StopAsync_throws_when_the_worker_did_not_stop_in_time()
    {
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        supervisor.TimeProvider = _time;
        supervisor.Start();
        var run = await _script.NextRunAsync();
        run.IgnoreStopToken();

        var stopping = supervisor.StopAsync();
        _time.Advance(TimeSpan.FromMilliseconds(1000));

        var exception = await Assert.ThrowsAsync<WorkerUnstoppedException>(() => Guard.Within(stopping));
        Assert.Equal("FixedWorker.Work", exception.SupervisorName);
        Assert.Equal(TimeSpan.FromSeconds(1), exception.ShutdownTimeout);
        Assert.Equal(SupervisorState.Unstopped, supervisor.State);
        run.Complete();
    }

    [Fact]
    public async Task StopAsync_stops_waiting_when_its_own_token_is_cancelled_before_the_timeout()
    {
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        supervisor.TimeProvider = _time;
        supervisor.Start();
        var run = await _script.NextRunAsync();
        run.IgnoreStopToken();

        using var hurry = new CancellationTokenSource();
        var stopping = supervisor.StopAsync(hurry.Token);
        hurry.Cancel();

        await Assert.ThrowsAsync<WorkerUnstoppedException>(() => Guard.Within(stopping));
        Assert.Equal(SupervisorState.Unstopped, supervisor.State);
        run.Complete();
    }

    [Fact]
    public async Task StopAsync_completes_when_a_cooperative_worker_returns()
    {
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        supervisor.TimeProvider = _time;
        supervisor.Start();
        var run = await _script.NextRunAsync();

        await Guard.Within(supervisor.StopAsync());

        Assert.True(run.Task.IsCanceled);
        Assert.Equal(SupervisorState.Stopped, supervisor.State);
    }

    [Fact]
    public async Task A_zero_shutdown_timeout_does_not_wait_for_a_worker_that_ignores_its_token()
    {
        var supervisor = new ZeroShutdownWorker(_script).WorkSupervisor;
        supervisor.TimeProvider = _time;
        using var stop = new CancellationTokenSource();
        var running = supervisor.RunAsync(stop.Token);
        var run = await _script.NextRunAsync();
        run.IgnoreStopToken();

        stop.Cancel();
        await Guard.Within(running);

        Assert.Equal(SupervisorState.Unstopped, supervisor.State);
        run.Complete();
    }

    [Fact]
    public async Task A_new_run_cannot_start_until_a_worker_left_running_has_returned()
    {
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        supervisor.TimeProvider = _time;
        var states = new StateRecorder(supervisor);
        using var stop = new CancellationTokenSource();
        var running = supervisor.RunAsync(stop.Token);
        var run = await _script.NextRunAsync();
        run.IgnoreStopToken();
        stop.Cancel();
        _time.Advance(TimeSpan.FromMilliseconds(1000));
        await Guard.Within(running);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => supervisor.RunAsync());
        Assert.Contains("has not returned", refused.Message, StringComparison.Ordinal);

        run.Complete();
        await states.WaitForAsync(SupervisorState.Stopped);
        using var again = new CancellationTokenSource();
        var rerun = supervisor.RunAsync(again.Token);
        Assert.Equal(2, (await _script.NextRunAsync()).Number);
        again.Cancel();
        await Guard.Within(rerun);
    }

    [Fact]
    public async Task StopAsync_on_a_supervisor_that_never_ran_does_nothing()
    {
        var supervisor = new FixedWorker(_script).WorkSupervisor;

        await Guard.Within(supervisor.StopAsync());

        Assert.Equal(SupervisorState.NotStarted, supervisor.State);
    }

    [Fact]
    public async Task RunAsync_with_a_cancelled_token_ends_without_running_the_worker()
    {
        var supervisor = new FixedWorker(_script).WorkSupervisor;

        await Guard.Within(supervisor.RunAsync(new CancellationToken(canceled: true)));

        Assert.Equal(SupervisorState.Stopped, supervisor.State);
        Assert.Equal(0, _script.RunCount);
    }
}

using Microsoft.Extensions.Logging.Testing;
using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

public sealed class HeartbeatTests
{
    private readonly WorkerScript _script = new();
    private readonly List<SupervisionContext> _contexts = new();

    [Fact]
    public async Task A_worker_that_keeps_sending_heartbeats_is_left_alone()
    {
        var supervisor = new HeartbeatWorker(Body).WorkSupervisor;
        await using var run = SupervisorRun.Start(supervisor);
        var first = await _script.NextRunAsync();

        for (var i = 0; i < 5; i++)
        {
            run.Advance(900);
            _contexts[^1].Heartbeat();
        }

        Assert.False(first.StoppingToken.IsCancellationRequested);
        Assert.Equal(SupervisorState.Running, supervisor.State);
        Assert.Equal(0, supervisor.RestartCount);
    }

    [Fact]
    public async Task A_run_without_a_heartbeat_for_the_timeout_is_cancelled_counted_as_hung_and_restarted()
    {
        var logger = new FakeLogger();
        var supervisor = new HeartbeatWorker(Body).WorkSupervisor;
        supervisor.Logger = logger;
        await using var run = SupervisorRun.Start(supervisor);
        var first = await _script.NextRunAsync();
        run.Advance(600);
        _contexts[^1].Heartbeat();

        run.Advance(999);
        Assert.False(first.StoppingToken.IsCancellationRequested);
        run.Advance(1);

        Assert.True(first.StoppingToken.IsCancellationRequested);
        await run.WaitForAsync(SupervisorState.WaitingToRestart);
        var hung = Assert.IsType<WorkerHungException>(supervisor.LastFailure);
        Assert.Equal(TimeSpan.FromSeconds(1), hung.HeartbeatTimeout);
        Assert.IsAssignableFrom<OperationCanceledException>(hung.InnerException);
        Assert.Contains(logger.Collector.GetSnapshot(), record => record.Id.Id == 13);

        run.Advance(100);
        Assert.Equal(2, (await _script.NextRunAsync()).Number);
    }

    [Fact]
    public async Task A_hung_run_that_ignores_its_cancellation_leaves_the_supervisor_unstopped_until_it_returns()
    {
        var logger = new FakeLogger();
        var supervisor = new HeartbeatWorker(Body).WorkSupervisor;
        supervisor.Logger = logger;
        await using var run = SupervisorRun.Start(supervisor);
        var first = await _script.NextRunAsync();
        first.IgnoreStopToken();

        run.Advance(1000);
        Assert.True(first.StoppingToken.IsCancellationRequested);
        run.Advance(499);
        Assert.Equal(SupervisorState.Running, supervisor.State);
        run.Advance(1);

        await run.WaitForAsync(SupervisorState.Unstopped);
        Assert.Contains(logger.Collector.GetSnapshot(), record => record.Id.Id == 14);

        // No second copy of the worker beside the one that is still out, however long it stays out.
        run.Advance(60_000);
        Assert.Equal(1, _script.RunCount);
        Assert.Throws<InvalidOperationException>(supervisor.Start);

        first.Fail(new InvalidOperationException("late"));
        await run.WaitForAsync(SupervisorState.WaitingToRestart);
        var hung = Assert.IsType<WorkerHungException>(supervisor.LastFailure);
        Assert.Equal("late", hung.InnerException?.Message);
        run.Advance(100);
        Assert.Equal(2, (await _script.NextRunAsync()).Number);
    }

    [Fact]
    public async Task A_heartbeat_on_the_context_of_an_earlier_run_does_not_keep_the_current_run_alive()
    {
        var supervisor = new HeartbeatWorker(Body).WorkSupervisor;
        await using var run = SupervisorRun.Start(supervisor);
        var first = await _script.NextRunAsync();
        var firstContext = _contexts[^1];
        first.Fail(new InvalidOperationException());
        await run.WaitForAsync(SupervisorState.WaitingToRestart);
        run.Advance(100);
        var second = await _script.NextRunAsync();

        Assert.NotSame(firstContext, _contexts[^1]);
        for (var i = 0; i < 4; i++)
        {
            run.Advance(300);
            firstContext.Heartbeat();
        }

        Assert.True(second.StoppingToken.IsCancellationRequested);
        Assert.Equal(1, firstContext.Attempt);
        Assert.Equal(first.StoppingToken, firstContext.StoppingToken);
    }

    [Fact]
    public async Task The_context_carries_the_run_token_and_the_attempt()
    {
        var supervisor = new HeartbeatWorker(Body).WorkSupervisor;
        await using var run = SupervisorRun.Start(supervisor);
        var first = await _script.NextRunAsync();
        Assert.Equal(first.StoppingToken, _contexts[^1].StoppingToken);
        Assert.Equal(1, _contexts[^1].Attempt);
        Assert.Equal("HeartbeatWorker.Work", _contexts[^1].SupervisorName);

        first.Fail(new InvalidOperationException());
        await run.WaitForAsync(SupervisorState.WaitingToRestart);
        run.Advance(100);
        await _script.NextRunAsync();

        Assert.Equal(2, _contexts[^1].Attempt);
        Assert.Equal(1, _contexts[^1].RestartCount);
    }

    [Fact]
    public async Task Stopping_a_watched_run_is_a_stop_not_a_hang()
    {
        var supervisor = new HeartbeatWorker(Body).WorkSupervisor;
        var run = SupervisorRun.Start(supervisor);
        var first = await _script.NextRunAsync();

        await run.StopAsync();

        Assert.True(first.StoppingToken.IsCancellationRequested);
        Assert.Null(supervisor.LastFailure);
        Assert.Equal(SupervisorState.Stopped, supervisor.State);
        await run.DisposeAsync();
    }

    private Task Body(SupervisionContext context)
    {
        _contexts.Add(context);
        return _script.RunAsync(context.StoppingToken);
    }
}

using Microsoft.Extensions.Logging.Testing;
using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

public sealed class FaultTests
{
    private readonly WorkerScript _script = new();

    [Fact]
    public async Task A_worker_that_throws_before_returning_a_task_is_a_failure_and_is_restarted()
    {
        var calls = 0;
        var supervisor = new DelegateWorker(token => ++calls == 1
            ? throw new InvalidOperationException("synchronous")
            : _script.RunAsync(token)).WorkSupervisor;
        using var stop = new CancellationTokenSource();
        var running = supervisor.RunAsync(stop.Token);

        await _script.NextRunAsync();

        Assert.Equal(1, supervisor.RestartCount);
        Assert.Equal("synchronous", supervisor.LastFailure?.Message);
        stop.Cancel();
        await Guard.Within(running);
    }

    [Fact]
    public async Task A_worker_that_throws_after_an_await_is_a_failure_and_is_restarted()
    {
        var calls = 0;
        var supervisor = new DelegateWorker(async token =>
        {
            if (++calls == 1)
            {
                await Task.Yield();
                throw new InvalidOperationException("asynchronous");
            }

            await _script.RunAsync(token);
        }).WorkSupervisor;
        using var stop = new CancellationTokenSource();
        var running = supervisor.RunAsync(stop.Token);

        await _script.NextRunAsync();

        Assert.Equal(1, supervisor.RestartCount);
        Assert.Equal("asynchronous", supervisor.LastFailure?.Message);
        stop.Cancel();
        await Guard.Within(running);
    }

    [Fact]
    public async Task A_worker_that_returns_a_null_task_is_a_failure_that_says_so()
    {
        var calls = 0;
        var supervisor = new DelegateWorker(token => ++calls == 1 ? null! : _script.RunAsync(token)).WorkSupervisor;
        using var stop = new CancellationTokenSource();
        var running = supervisor.RunAsync(stop.Token);

        await _script.NextRunAsync();

        var failure = Assert.IsType<InvalidOperationException>(supervisor.LastFailure);
        Assert.Contains("returned a null Task", failure.Message, StringComparison.Ordinal);
        stop.Cancel();
        await Guard.Within(running);
    }

    [Fact]
    public async Task An_OperationCanceledException_that_is_not_a_stop_is_a_failure()
    {
        var calls = 0;
        var supervisor = new DelegateWorker(token => ++calls == 1
            ? Task.FromCanceled(new CancellationToken(canceled: true))
            : _script.RunAsync(token)).WorkSupervisor;
        using var stop = new CancellationTokenSource();
        var running = supervisor.RunAsync(stop.Token);

        await _script.NextRunAsync();

        Assert.Equal(1, supervisor.RestartCount);
        Assert.IsAssignableFrom<OperationCanceledException>(supervisor.LastFailure);
        stop.Cancel();
        await Guard.Within(running);
    }

    [Fact]
    public async Task A_worker_that_fails_while_stopping_is_recorded_but_not_restarted()
    {
        var supervisor = new ImmediateWorker(_script).WorkSupervisor;
        using var stop = new CancellationTokenSource();
        var running = supervisor.RunAsync(stop.Token);
        var run = await _script.NextRunAsync();
        run.IgnoreStopToken();

        stop.Cancel();
        run.Fail(new InvalidOperationException("cleanup failed"));
        await Guard.Within(running);

        Assert.Equal("cleanup failed", supervisor.LastFailure?.Message);
        Assert.Equal(SupervisorState.Stopped, supervisor.State);
        Assert.Equal(1, _script.RunCount);
    }

    [Fact]
    public async Task A_throwing_StateChanged_handler_is_logged_and_does_not_disturb_supervision()
    {
        var logger = new FakeLogger();
        var supervisor = new ImmediateWorker(_script).WorkSupervisor;
        supervisor.Logger = logger;
        supervisor.StateChanged += (_, _) => throw new InvalidOperationException("handler bug");
        using var stop = new CancellationTokenSource();
        var running = supervisor.RunAsync(stop.Token);

        (await _script.NextRunAsync()).Fail(new InvalidOperationException());
        await _script.NextRunAsync();
        stop.Cancel();
        await Guard.Within(running);

        Assert.Equal(1, supervisor.RestartCount);
        Assert.Equal(SupervisorState.Stopped, supervisor.State);
        Assert.Contains(logger.Collector.GetSnapshot(), record => record.Id.Id == 9 && record.Exception?.Message == "handler bug");
    }
}

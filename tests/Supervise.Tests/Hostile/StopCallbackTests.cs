using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests.Hostile;

public sealed class StopCallbackTests
{
    [Fact]
    public async Task A_stop_token_callback_that_throws_is_logged_and_the_stop_completes()
    {
        var logger = new FakeLogger();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var supervisor = new DelegateWorker(async token =>
        {
            token.Register(() => throw new InvalidOperationException("callback is broken"));
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, token);
        }).WorkSupervisor;
        supervisor.Logger = logger;
        supervisor.Start();
        await Guard.Within(started.Task);

        await Guard.Within(supervisor.StopAsync());

        Assert.Equal(SupervisorState.Stopped, supervisor.State);
        var logged = Assert.Single(logger.Collector.GetSnapshot(), record => record.Id.Id == 15);
        Assert.Contains("callback is broken", logged.Exception?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_worker_with_a_throwing_callback_that_also_ignores_its_token_is_reported_unstopped_after_the_timeout()
    {
        var time = new FakeTimeProvider();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var never = new TaskCompletionSource();
        var supervisor = new DelegateWorker(async token =>
        {
            token.Register(() => throw new InvalidOperationException("callback is broken"));
            started.TrySetResult();
            await never.Task;
        }).WorkSupervisor;
        supervisor.TimeProvider = time;
        supervisor.Start();
        await Guard.Within(started.Task);

        var stopping = supervisor.StopAsync();
        Assert.Equal(SupervisorState.Stopping, supervisor.State);
        time.Advance(supervisor.ShutdownTimeout);

        await Assert.ThrowsAsync<WorkerUnstoppedException>(() => Guard.Within(stopping));
        Assert.Equal(SupervisorState.Unstopped, supervisor.State);
        never.SetResult();
    }
}

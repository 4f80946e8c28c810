using Microsoft.Extensions.Logging.Testing;
using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests.Hostile;

public sealed class UnstoppedHandleTests
{
    private readonly WorkerScript _script = new();

    [Fact]
    public async Task A_watched_worker_left_unstopped_by_a_stop_stays_unstopped_and_blocks_the_handle_until_it_returns()
    {
        var logger = new FakeLogger();
        var supervisor = new HeartbeatWorker(context => _script.RunAsync(context.StoppingToken)).WorkSupervisor;
        supervisor.Logger = logger;
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        supervisor.TimeProvider = time;
        var states = new StateRecorder(supervisor);
        supervisor.Start();
        var first = await _script.NextRunAsync();
        first.IgnoreStopToken();

        var stopping = supervisor.StopAsync();
        time.Advance(TimeSpan.FromMilliseconds(500));
        await Assert.ThrowsAsync<WorkerUnstoppedException>(() => Guard.Within(stopping));

        // Long past the heartbeat timeout: the watchdog stood down when the stop came.
        time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(SupervisorState.Unstopped, supervisor.State);
        Assert.DoesNotContain(logger.Collector.GetSnapshot(), record => record.Id.Id == 8);
        Assert.Throws<InvalidOperationException>(supervisor.Start);
        Assert.Equal(1, _script.RunCount);

        first.Complete();
        await states.WaitForAsync(SupervisorState.Stopped);
        Assert.Contains(logger.Collector.GetSnapshot(), record => record.Id.Id == 8);
        supervisor.Start();
        Assert.Equal(2, (await _script.NextRunAsync()).Number);
        await Guard.Within(supervisor.StopAsync());
    }
}

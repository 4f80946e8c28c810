using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests.Hostile;

public sealed class RestartAfterStopTests
{
    private readonly WorkerScript _script = new();

    [Fact]
    public async Task A_session_started_while_the_last_one_releases_its_timers_keeps_its_own_run_state()
    {
        var time = new HookedTimeProvider();
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        supervisor.TimeProvider = time;
        var states = new StateRecorder(supervisor);
        supervisor.Start();
        await _script.NextRunAsync();

        // The shutdown timer, armed by the stop, is released in the old session's teardown: start the next session right there.
        using var second = new CancellationTokenSource();
        Task? secondRun = null;
        time.OnNextTimerDisposed(() => secondRun = supervisor.RunAsync(second.Token));
        await Guard.Within(supervisor.StopAsync());
        var run = await _script.NextRunAsync();

        time.Advance(TimeSpan.FromMilliseconds(1500));
        Assert.Equal(TimeSpan.FromMilliseconds(1500), supervisor.Uptime);
        run.Fail(new InvalidOperationException("the new session's first failure"));
        await states.WaitForAsync(SupervisorState.WaitingToRestart);
        Assert.Equal("the new session's first failure", supervisor.LastFailure?.Message);
        Assert.Equal(1, supervisor.ConsecutiveFailures);

        await second.CancelAsync();
        await Guard.Within(secondRun!);
        Assert.Equal(SupervisorState.Stopped, supervisor.State);
    }
}

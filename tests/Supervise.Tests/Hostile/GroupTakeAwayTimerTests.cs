using Supervise.Tests.Support;

namespace Supervise.Tests.Hostile;

/// <summary>
/// A strategy restart waits for each sibling to leave its run for at most the sibling's shutdown
/// timeout. That timer must go when the sibling is out: kept for the whole timeout (30 s by default),
/// one per taken-away run piled up under fast restarts, with a registration on the group's stop each.
/// </summary>
public sealed class GroupTakeAwayTimerTests
{
    private const int Restarts = 200;

    [Fact]
    public async Task The_shutdown_timeout_of_a_taken_away_run_is_released_once_the_child_is_out()
    {
        var time = new CountingTimeProvider();
        var stages = new RestartingStages();
        stages.Group.TimeProvider = time;
        var shutdownTimeout = stages.Group.Children[1].ShutdownTimeout;
        var running = stages.Group.RunAsync();
        await Guard.Within(stages.Arm());

        for (var restart = 1; restart <= Restarts; restart++)
        {
            var started = stages.Arm();
            stages.FailFirst();
            await Guard.Within(started);
        }

        // Each restart took two runs away; none of those waits is still armed.
        Assert.Equal(0, time.LiveTimers(shutdownTimeout));
        await Guard.Within(stages.Group.StopAsync());
        await Guard.Within(running);
        Assert.Equal(Restarts, stages.Group.RestartCount);
    }
}

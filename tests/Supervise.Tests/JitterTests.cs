using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

public sealed class JitterTests
{
    private readonly WorkerScript _script = new();

    [Fact]
    public async Task Backoff_is_jittered_by_default_and_reproducible_with_a_seeded_source()
    {
        var first = await BackoffDelaysAsync(new Random(42));
        var second = await BackoffDelaysAsync(new Random(42));

        Assert.Equal(first, second);
        Assert.All(first, delay => Assert.InRange(delay, TimeSpan.Zero, TimeSpan.FromMilliseconds(400)));
        Assert.NotEqual([100, 200, 400, 400], first.Select(delay => delay.TotalMilliseconds));
    }

    [Fact]
    public async Task A_fixed_delay_is_jittered_within_25_percent_when_asked()
    {
        var delays = new List<TimeSpan>();
        var supervisor = new JitteredFixedWorker(_script).WorkSupervisor;
        supervisor.Restarting += (_, restart) => delays.Add(restart.Delay);
        await using var run = SupervisorRun.Start(supervisor, random: new Random(3));

        for (var i = 1; i <= 5; i++)
        {
            (await _script.NextRunAsync()).Fail(new InvalidOperationException());
            await run.WaitForAsync(SupervisorState.WaitingToRestart, i);
            run.Advance((int)Math.Ceiling(delays[^1].TotalMilliseconds));
        }

        await _script.NextRunAsync();
        Assert.All(delays, delay => Assert.InRange(delay.TotalMilliseconds, 750, 1250));
        Assert.True(delays.Distinct().Count() > 1);
    }

    [Fact]
    public async Task A_fixed_delay_is_exact_when_jitter_is_not_asked_for()
    {
        var delays = new List<TimeSpan>();
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        supervisor.Restarting += (_, restart) => delays.Add(restart.Delay);
        await using var run = SupervisorRun.Start(supervisor);

        (await _script.NextRunAsync()).Fail(new InvalidOperationException());
        await run.WaitForAsync(SupervisorState.WaitingToRestart);

        Assert.Equal([TimeSpan.FromMilliseconds(500)], delays);
    }

    private async Task<List<TimeSpan>> BackoffDelaysAsync(Random random)
    {
        var script = new WorkerScript();
        var delays = new List<TimeSpan>();
        var supervisor = new JitteredBackoffWorker(script).WorkSupervisor;
        supervisor.Restarting += (_, restart) => delays.Add(restart.Delay);
        await using var run = SupervisorRun.Start(supervisor, random: random);

        for (var i = 1; i <= 4; i++)
        {
            (await script.NextRunAsync()).Fail(new InvalidOperationException());
            await run.WaitForAsync(SupervisorState.WaitingToRestart, i);
            Assert.Equal(run.Time.GetUtcNow() + delays[^1], supervisor.NextRestartAt);
            run.Advance((int)Math.Ceiling(delays[^1].TotalMilliseconds));
        }

        await script.NextRunAsync();
        return delays;
    }
}

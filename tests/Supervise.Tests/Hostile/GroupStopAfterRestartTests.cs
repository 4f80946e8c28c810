using Microsoft.Extensions.Time.Testing;
using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests.Hostile;

/// <summary>
/// A child asks its group for a restart and waits for the answer. A group that stops with requests it
/// has not handled yet must still answer them, or the children waiting on them never end and the
/// group's stop never returns (what hung the group restart benchmark in CI).
/// </summary>
public sealed class GroupStopAfterRestartTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly PipelineScripts _scripts = new();

    [Fact]
    public async Task A_group_stopped_with_a_childs_restart_request_still_queued_stops_and_so_do_its_children()
    {
        var ingest = new RestForOneIngest(_scripts);
        ingest.Group.TimeProvider = _time;
        var running = ingest.Group.RunAsync();
        var connect = await _scripts.First.NextRunAsync();
        var consume = await _scripts.Second.NextRunAsync();
        await _scripts.Third.NextRunAsync();

        // The group is busy with the consumer's restart (its 300 ms delay) when the connector fails too.
        consume.Fail(new InvalidOperationException("lost the channel"));
        await Guard.Within(Eventually.Until(() => ingest.ConsumeSupervisor.State == SupervisorState.WaitingToRestart));
        connect.Fail(new InvalidOperationException("lost the connection"));
        await Guard.Within(Eventually.Until(() => ingest.ConnectSupervisor.LastFailure is not null));

        await Guard.Within(ingest.Group.StopAsync());
        await Guard.Within(running);
        Assert.All(ingest.Group.Children, child => Assert.Equal(SupervisorState.Stopped, child.State));
        Assert.Equal(SupervisorState.Stopped, ingest.Group.State);
    }
}

/// <summary>
/// Strategy restarts back to back, on real time: the failing child is let go by the group and may call its
/// worker before the group waits for that call. The group must not miss it (it then waited for ever and
/// started none of the children after it: the group restart benchmark hung after about 220,000 restarts).
/// Bounded by a count of restarts, a few seconds; a race, so a run that passes proves less than one that fails.
/// </summary>
public sealed class GroupRestartRaceTests
{
    private const int Restarts = 50_000;

    [Fact]
    public async Task Back_to_back_strategy_restarts_always_start_every_child_again()
    {
        var stages = new RestartingStages();
        var running = stages.Group.RunAsync();
        await Guard.Within(stages.Arm());

        for (var restart = 1; restart <= Restarts; restart++)
        {
            var started = stages.Arm();
            stages.FailFirst();
            try
            {
                await started.WaitAsync(Guard.Timeout);
            }
            catch (TimeoutException)
            {
                Assert.Fail($"restart {restart}: the children did not all start again ({stages.Describe()})");
            }
        }

        await Guard.Within(stages.Group.StopAsync());
        await Guard.Within(running);
        Assert.Equal(Restarts, stages.Group.RestartCount);
    }
}

[SupervisionGroup(Strategy = SupervisionStrategy.RestForOne, MaxRestarts = -1)]
internal sealed partial class RestartingStages
{
    private TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _fail = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _remaining = 3;
    private bool _armedBefore;

    /// <summary>The first call: completes once the three children have started. Later calls expect three more starts.</summary>
    public Task Arm()
    {
        // The first call may come after the first starts (the group starts its children at once): it
        // waits for those, whether or not they have happened yet.
        if (_armedBefore)
        {
            _started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _remaining, 3);
        }

        _armedBefore = true;
        return _started.Task;
    }

    public void FailFirst() => Interlocked.Exchange(ref _fail, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public string Describe() => string.Join(", ", Group.Children.Select(child => $"{child.Name} {child.State}"));

    [Supervised(Policy = RestartPolicy.Immediate)]
    private async Task FirstAsync(CancellationToken stoppingToken)
    {
        var fail = Volatile.Read(ref _fail).Task;
        Signal();
        await Task.WhenAny(fail, Task.Delay(Timeout.Infinite, stoppingToken)).ConfigureAwait(false);
        stoppingToken.ThrowIfCancellationRequested();
        throw new InvalidOperationException("The first stage failed.");
    }

    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task SecondAsync(CancellationToken stoppingToken)
    {
        Signal();
        return Task.Delay(Timeout.Infinite, stoppingToken);
    }

    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task ThirdAsync(CancellationToken stoppingToken)
    {
        Signal();
        return Task.Delay(Timeout.Infinite, stoppingToken);
    }

    private void Signal()
    {
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            _started.TrySetResult();
        }
    }
}

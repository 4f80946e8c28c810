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
        await Guard.Within(Until(() => ingest.ConsumeSupervisor.State == SupervisorState.WaitingToRestart));
        connect.Fail(new InvalidOperationException("lost the connection"));
        await Guard.Within(Until(() => ingest.ConnectSupervisor.LastFailure is not null));

        await Guard.Within(ingest.Group.StopAsync());
        await Guard.Within(running);
        Assert.All(ingest.Group.Children, child => Assert.Equal(SupervisorState.Stopped, child.State));
        Assert.Equal(SupervisorState.Stopped, ingest.Group.State);
    }

    /// <summary>Waits for something another thread does at once (no time passes on the fake clock meanwhile).</summary>
    private static async Task Until(Func<bool> condition)
    {
        while (!condition())
        {
            await Task.Yield();
        }
    }
}

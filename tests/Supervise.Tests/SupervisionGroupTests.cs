using Microsoft.Extensions.Time.Testing;
using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

public sealed class SupervisionGroupTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly PipelineScripts _scripts = new();

    [Fact]
    public async Task Children_start_in_declaration_order_and_are_the_groups_children()
    {
        var ingest = new RestForOneIngest(_scripts);
        var group = Run(ingest.Group);

        await Started(0, 1, 2);

        Assert.Equal(new[] { 0, 1, 2 }, _scripts.Started);
        Assert.Equal(new[] { ingest.ConnectSupervisor, ingest.ConsumeSupervisor, ingest.ReportSupervisor }, ingest.Group.Children);
        Assert.Equal(SupervisorState.Running, ingest.Group.State);
        Assert.Equal("RestForOneIngest", ingest.Group.Name);
        Assert.Same(ingest.Group, ((ISupervisedGroup)ingest).Group);
        await StopAsync(ingest.Group, group);
    }

    [Fact]
    public async Task Rest_for_one_restarts_the_failing_child_and_those_after_it_in_order_while_the_ones_before_keep_running()
    {
        var ingest = new RestForOneIngest(_scripts);
        var group = Run(ingest.Group);
        var (connect, consume, report) = await Started(0, 1, 2);

        consume.Fail(new InvalidOperationException("lost the channel"));
        await Guard.Within(Eventually.Until(() => report.StoppingToken.IsCancellationRequested));
        await Guard.Within(Eventually.Until(() => ingest.ReportSupervisor.State == SupervisorState.WaitingToRestart));
        _time.Advance(TimeSpan.FromMilliseconds(299));
        Assert.False(_scripts.Second.HasPendingRun);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        await _scripts.Second.NextRunAsync();
        await _scripts.Third.NextRunAsync();
        Assert.Equal(new[] { 0, 1, 2, 1, 2 }, _scripts.Started);
        Assert.False(connect.StoppingToken.IsCancellationRequested);
        Assert.Equal(1, ingest.Group.RestartCount);
        Assert.Equal(1, ingest.ConsumeSupervisor.RestartCount);
        Assert.Equal(1, ingest.ReportSupervisor.RestartCount);
        Assert.Null(ingest.ReportSupervisor.LastFailure);
        await StopAsync(ingest.Group, group);
    }

    [Fact]
    public async Task One_for_all_restarts_every_child_after_the_failing_childs_delay_but_a_run_once_child_stays_stopped()
    {
        var ingest = new OneForAllIngest(_scripts);
        var group = Run(ingest.Group);
        var (connect, consume, report) = await Started(0, 1, 2);

        connect.Fail(new InvalidOperationException("lost the connection"));
        await Guard.Within(Eventually.Until(() => consume.StoppingToken.IsCancellationRequested && report.StoppingToken.IsCancellationRequested));
        await Guard.Within(Eventually.Until(() => ingest.ReportSupervisor.State == SupervisorState.Stopped && ingest.ConsumeSupervisor.State == SupervisorState.WaitingToRestart));
        _time.Advance(TimeSpan.FromMilliseconds(200));

        await _scripts.First.NextRunAsync();
        await _scripts.Second.NextRunAsync();
        Assert.Equal(new[] { 0, 1, 2, 0, 1 }, _scripts.Started);
        Assert.Equal(SupervisorState.Stopped, ingest.ReportSupervisor.State);
        await StopAsync(ingest.Group, group);
    }

    [Fact]
    public async Task More_restarts_than_the_group_allows_within_its_window_make_it_give_up_and_stop_every_child()
    {
        var ingest = new OneForAllIngest(_scripts);
        var group = Run(ingest.Group);
        var (_, consume, _) = await Started(0, 1, 2);

        for (var restart = 1; restart <= 2; restart++)
        {
            consume.Fail(new InvalidOperationException("consumer crashed"));
            await Guard.Within(Eventually.Until(() => ingest.ConsumeSupervisor.State == SupervisorState.WaitingToRestart && ingest.ConnectSupervisor.State == SupervisorState.WaitingToRestart));
            _time.Advance(TimeSpan.FromMilliseconds(300));
            await NextRun(0);
            consume = await NextRun(1);
        }

        // The third restart within the window is one too many.
        consume.Fail(new InvalidOperationException("consumer crashed"));

        var gaveUp = await Assert.ThrowsAsync<SupervisorGaveUpException>(() => Guard.Within(group));
        Assert.Equal(GiveUpReason.RestartLimitExceeded, gaveUp.Reason);
        Assert.Equal(SupervisorState.Faulted, ingest.Group.State);
        Assert.All(ingest.Group.Children, child => Assert.True(child.State is SupervisorState.Stopped, $"{child.Name} is {child.State}"));
    }

    [Fact]
    public async Task A_child_that_gives_up_makes_the_group_give_up()
    {
        var ingest = new OneForAllIngest(_scripts);
        var group = Run(ingest.Group);
        var (_, _, report) = await Started(0, 1, 2);

        report.Fail(new InvalidOperationException("the report could not be written"));

        var gaveUp = await Assert.ThrowsAsync<SupervisorGaveUpException>(() => Guard.Within(group));
        Assert.Equal(GiveUpReason.FailedWithoutRestart, gaveUp.Reason);
        Assert.IsType<SupervisorGaveUpException>(gaveUp.InnerException);
        Assert.Equal(SupervisorState.Faulted, ingest.Group.State);
    }

    [Fact]
    public async Task A_stop_asked_for_as_the_group_gives_up_returns_once_the_group_is_faulted_and_reports_the_give_up()
    {
        var ingest = new OneForAllIngest(_scripts);
        Task? stop = null;
        var stopDoneInHandler = false;
        Task<SupervisorState>? stateWhenStopped = null;
        ingest.Group.GaveUp += (_, _) =>
        {
            stop = ingest.Group.StopAsync();
            stopDoneInHandler = stop.IsCompleted;
            stateWhenStopped = stop.ContinueWith(_ => ingest.Group.State, TaskContinuationOptions.ExecuteSynchronously);
        };
        ingest.Group.TimeProvider = _time;
        ingest.Group.Start();
        var (_, _, report) = await Started(0, 1, 2);

        report.Fail(new InvalidOperationException("the report could not be written"));
        await Guard.Within(Eventually.Until(() => stateWhenStopped is not null));

        await Assert.ThrowsAsync<SupervisorGaveUpException>(() => Guard.Within(stop!));
        Assert.False(stopDoneInHandler);
        Assert.Equal(SupervisorState.Faulted, await Guard.Within(stateWhenStopped!));
    }

    [Fact]
    public async Task One_for_one_restarts_only_the_failing_child_by_its_own_policy_and_counts_it_against_the_group()
    {
        var ingest = new OneForOneIngest(_scripts);
        var group = Run(ingest.Group);
        var (connect, consume) = await Started(0, 1) is var runs ? (runs.Item1, runs.Item2) : default;

        consume.Fail(new InvalidOperationException("consumer crashed"));
        var again = await _scripts.Second.NextRunAsync();
        Assert.False(connect.StoppingToken.IsCancellationRequested);
        Assert.Equal(1, ingest.Group.RestartCount);

        // The group allows one restart in its whole run: the second is one too many.
        again.Fail(new InvalidOperationException("consumer crashed again"));
        await Assert.ThrowsAsync<SupervisorGaveUpException>(() => Guard.Within(group));
    }

    [Fact]
    public async Task A_significant_child_that_completes_ends_the_group_normally_and_stops_the_others()
    {
        var job = new ImportJob(_scripts);
        var group = Run(job.Group);
        var (import, progress) = await Started(0, 1) is var runs ? (runs.Item1, runs.Item2) : default;

        import.Complete();

        await Guard.Within(group);
        Assert.Equal(SupervisorState.Stopped, job.Group.State);
        Assert.True(progress.StoppingToken.IsCancellationRequested);
        Assert.Equal(SupervisorState.Stopped, job.ReportProgressSupervisor.State);
    }

    [Fact]
    public async Task A_stop_during_a_group_restart_stops_everything_and_starts_nothing_more()
    {
        var ingest = new RestForOneIngest(_scripts);
        using var stop = new CancellationTokenSource();
        ingest.Group.TimeProvider = _time;
        var group = ingest.Group.RunAsync(stop.Token);
        var (connect, consume, _) = await Started(0, 1, 2);
        consume.Fail(new InvalidOperationException("lost the channel"));
        await Guard.Within(Eventually.Until(() => ingest.ConsumeSupervisor.State == SupervisorState.WaitingToRestart));

        await stop.CancelAsync();
        await Guard.Within(group);
        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(new[] { 0, 1, 2 }, _scripts.Started);
        Assert.True(connect.StoppingToken.IsCancellationRequested);
        Assert.Equal(SupervisorState.Stopped, ingest.Group.State);
        Assert.All(ingest.Group.Children, child => Assert.Equal(SupervisorState.Stopped, child.State));
    }

    [Fact]
    public async Task In_a_three_level_tree_an_inner_groups_give_up_is_its_parent_workers_failure_and_is_restarted_there()
    {
        var leaf = new WorkerScript();
        var sibling = new WorkerScript();
        var inner = new InnerGroup(leaf);
        var middle = new MiddleGroup(inner);
        var outer = new OuterGroup(middle, sibling);
        inner.Group.TimeProvider = _time;
        middle.Group.TimeProvider = _time;
        var running = Run(outer.Group);
        var firstLeaf = await leaf.NextRunAsync();
        var siblingRun = await sibling.NextRunAsync();

        firstLeaf.Fail(new InvalidOperationException("the leaf failed"));
        await Guard.Within(Eventually.Until(() => middle.RunInnerSupervisor.State == SupervisorState.WaitingToRestart));
        Assert.IsType<SupervisorGaveUpException>(middle.RunInnerSupervisor.LastFailure);
        Assert.Equal(SupervisorState.Faulted, inner.Group.State);
        _time.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Equal(2, (await leaf.NextRunAsync()).Number);
        Assert.Equal(SupervisorState.Running, inner.Group.State);
        Assert.Equal(SupervisorState.Running, outer.Group.State);
        Assert.False(siblingRun.StoppingToken.IsCancellationRequested);
        await StopAsync(outer.Group, running);
        Assert.Equal(SupervisorState.Stopped, inner.Group.State);
    }

    [Fact]
    public void A_child_cannot_be_started_or_stopped_on_its_own()
    {
        var ingest = new RestForOneIngest(_scripts);

        var started = Assert.Throws<InvalidOperationException>(ingest.ConsumeSupervisor.Start);
        Assert.Contains("child of group 'RestForOneIngest'", started.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => ingest.ConsumeSupervisor.StopAsync().GetAwaiter().GetResult());
    }

    private Task Run(SupervisorGroup group)
    {
        group.TimeProvider = _time;
        return group.RunAsync();
    }

    private async Task<(ScriptedRun, ScriptedRun, ScriptedRun)> Started(params int[] children)
    {
        var runs = new ScriptedRun[3];
        foreach (var child in children)
        {
            runs[child] = await NextRun(child);
        }

        return (runs[0], runs[1], runs[2]);
    }

    private Task<ScriptedRun> NextRun(int child) => _scripts[child].NextRunAsync();

    private static async Task StopAsync(SupervisorGroup group, Task running)
    {
        await Guard.Within(group.StopAsync());
        await Guard.Within(running);
    }
}

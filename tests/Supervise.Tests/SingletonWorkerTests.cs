using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Supervise.Leases;
using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

public sealed class SingletonWorkerTests
{
    private const string Lease = "billing-sweeper";
    private readonly FakeTimeProvider _time = new();
    private readonly InMemoryLeaseStore _store = new();
    private readonly WorkerScript _script = new();
    private readonly List<SupervisionContext> _contexts = new();

    [Fact]
    public async Task Of_two_replicas_only_the_one_holding_the_lease_runs_and_its_run_gets_the_fencing_token()
    {
        var leader = Replica();
        var standby = Replica();
        var standbyStates = new StateRecorder(standby);

        leader.Start();
        await _script.NextRunAsync();
        standby.Start();
        await standbyStates.WaitForAsync(SupervisorState.WaitingForLease);
        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(1, _script.RunCount);
        Assert.Equal(1, Assert.Single(_contexts).FencingToken);
        Assert.Equal(SupervisorState.Running, leader.State);
        Assert.Equal(SupervisorState.WaitingForLease, standby.State);
        await StopAsync(leader, standby);
    }

    [Fact]
    public async Task A_stopped_leader_releases_the_lease_and_the_standby_takes_over_at_its_next_try_with_a_higher_token()
    {
        var leader = Replica();
        var standby = Replica();
        var standbyStates = new StateRecorder(standby);
        leader.Start();
        await _script.NextRunAsync();
        standby.Start();
        await standbyStates.WaitForAsync(SupervisorState.WaitingForLease);

        await Guard.Within(leader.StopAsync());
        Assert.False(_store.IsHeld(Lease));
        _time.Advance(Supervisor.DefaultLeaseRetryInterval);

        var takenOver = await _script.NextRunAsync();
        Assert.Equal(SupervisorState.Running, standby.State);
        Assert.Equal(2, _contexts[^1].FencingToken);
        Assert.False(takenOver.StoppingToken.IsCancellationRequested);
        await StopAsync(standby);
    }

    [Fact]
    public async Task Losing_the_lease_cancels_the_run_at_once_as_a_stop_and_the_worker_runs_again_once_it_has_the_lease()
    {
        var logger = new FakeLogger();
        var sweeper = Replica();
        sweeper.Logger = logger;
        sweeper.Start();
        var first = await _script.NextRunAsync();

        _store.Revoke(Lease);

        Assert.True(first.StoppingToken.IsCancellationRequested);
        var second = await _script.NextRunAsync();
        Assert.Null(sweeper.LastFailure);
        Assert.Equal(1, sweeper.RestartCount);
        Assert.Equal(2, _contexts[^1].FencingToken);
        Assert.False(second.StoppingToken.IsCancellationRequested);
        Assert.Contains(logger.Collector.GetSnapshot(), record => record.Id.Id == 20);
        Assert.Equal(RunOutcome.Stopped, sweeper.RecentRuns[0].Outcome);
        await StopAsync(sweeper);
    }

    [Fact]
    public async Task A_run_that_ignores_the_loss_of_its_lease_leaves_the_supervisor_unstopped_and_no_second_run_starts_beside_it()
    {
        var sweeper = Replica();
        var states = new StateRecorder(sweeper);
        sweeper.Start();
        var first = await _script.NextRunAsync();
        first.IgnoreStopToken();

        _store.Revoke(Lease);
        _time.Advance(TimeSpan.FromMilliseconds(500));

        await states.WaitForAsync(SupervisorState.Unstopped);
        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, _script.RunCount);

        first.Complete();
        Assert.Equal(2, (await _script.NextRunAsync()).Number);
        await StopAsync(sweeper);
    }

    [Fact]
    public async Task A_store_that_fails_is_logged_and_asked_again_after_the_retry_interval()
    {
        var logger = new FakeLogger();
        var sweeper = Replica();
        sweeper.Logger = logger;
        var states = new StateRecorder(sweeper);
        _store.BeginOutage();

        sweeper.Start();
        await states.WaitForAsync(SupervisorState.WaitingForLease);
        Assert.Contains(logger.Collector.GetSnapshot(), record => record.Id.Id == 21);
        _store.EndOutage();
        _time.Advance(Supervisor.DefaultLeaseRetryInterval);

        await _script.NextRunAsync();
        Assert.Contains(logger.Collector.GetSnapshot(), record => record.Id.Id == 18);
        await StopAsync(sweeper);
    }

    [Fact]
    public async Task A_singleton_without_a_lease_store_cannot_start_and_says_what_to_add()
    {
        var sweeper = new Sweeper(RunAsync).SweepSupervisor;

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => sweeper.RunAsync());

        Assert.Contains("AddSuperviseLeases()", refused.Message, StringComparison.Ordinal);
        Assert.Equal(SupervisorState.NotStarted, sweeper.State);
        Assert.Contains("singleton on lease 'billing-sweeper'", sweeper.Settings.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_supervisor_says_it_leads_with_its_token_only_while_it_holds_a_lease_that_is_not_lost()
    {
        var sweeper = Replica();
        Assert.False(sweeper.IsLeader);
        Assert.Null(sweeper.FencingToken);

        sweeper.Start();
        var first = await _script.NextRunAsync();
        Assert.True(sweeper.IsLeader);
        Assert.Equal(1, sweeper.FencingToken);

        // Revoked, the name is free again: the loop takes it back at once, with the next token.
        _store.Revoke(Lease);
        Assert.NotEqual(1, sweeper.FencingToken);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.Task);
        await _script.NextRunAsync();
        Assert.Equal(2, sweeper.FencingToken);

        await StopAsync(sweeper);
        Assert.False(sweeper.IsLeader);
        Assert.Null(sweeper.FencingToken);
    }

    private Supervisor Replica()
    {
        var supervisor = new Sweeper(RunAsync).SweepSupervisor;
        supervisor.TimeProvider = _time;
        supervisor.LeaseStore = _store;
        supervisor.RunHistoryCapacity = 10;
        return supervisor;
    }

    private Task RunAsync(SupervisionContext context)
    {
        lock (_contexts)
        {
            _contexts.Add(context);
        }

        return _script.RunAsync(context.StoppingToken);
    }

    private static async Task StopAsync(params Supervisor[] supervisors)
    {
        foreach (var supervisor in supervisors)
        {
            await Guard.Within(supervisor.StopAsync());
        }
    }
}

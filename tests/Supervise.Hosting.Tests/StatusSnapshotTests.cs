using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Supervise.Hosting.Tests.Support;
using Supervise.Hosting.Tests.Workers;

namespace Supervise.Hosting.Tests;

public sealed class StatusSnapshotTests : IDisposable
{
    private readonly TestClock _clock = new();
    private readonly WorkerScript _pumpScript = new();
    private readonly WorkerScript _breakerScript = new();
    private readonly PipelineScripts _pipelineScripts = new();
    private readonly Pump _pump;
    private readonly Breaker _breaker;
    private readonly IHost _host;

    public StatusSnapshotTests()
    {
        _pump = new Pump(_pumpScript);
        _breaker = new Breaker(_breakerScript);
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(_pump).AddSupervisedWorkers<Pump>();
        builder.Services.AddSingleton(_pipelineScripts).AddSingleton<Pipeline>().AddSupervisedWorkers<Pipeline>();
        builder.Services.AddSingleton(_breaker).AddSupervisedWorkers<Breaker>();
        _host = builder.Build();
    }

    private SupervisedWorkersStatus Status => _host.Services.GetRequiredService<SupervisedWorkersStatus>();

    public void Dispose() => _host.Dispose();

    [Fact]
    public void The_status_is_one_service_listing_every_worker_in_start_order_with_its_type()
    {
        var snapshot = Status.Snapshot();

        Assert.Same(Status, _host.Services.GetRequiredService<SupervisedWorkersStatus>());
        Assert.Equal(["Pump.Pump", "Pipeline.Read", "Pipeline.Write", "Breaker.Call"], snapshot.Workers.Select(worker => worker.Name));
        Assert.Equal(
            [typeof(Pump).FullName, typeof(Pipeline).FullName, typeof(Pipeline).FullName, typeof(Breaker).FullName],
            snapshot.Workers.Select(worker => worker.WorkerType));
        Assert.Equal(_clock.GetUtcNow(), snapshot.TakenAt);
    }

    [Fact]
    public void A_worker_the_host_has_not_started_reads_as_not_started_with_nothing_recorded()
    {
        var pump = Status.Snapshot().Workers[0];

        Assert.Equal(SupervisorState.NotStarted, pump.State);
        Assert.Null(pump.StateSince);
        Assert.Equal(TimeSpan.Zero, pump.Uptime);
        Assert.Equal(0, pump.RestartCount);
        Assert.Equal(0, pump.ConsecutiveFailures);
        Assert.Null(pump.LastFailure);
        Assert.Null(pump.NextRestartAt);
        Assert.Equal(CircuitState.Closed, pump.Circuit);
        Assert.Empty(pump.RecentRuns);
        Assert.Empty(pump.Children);
    }

    [Fact]
    public void Each_entry_carries_its_policy_in_one_line()
    {
        var breaker = Status.Snapshot().Workers.Single(worker => worker.Name == "Breaker.Call");

        Assert.Equal("Fixed 500 ms; restart always; circuit opens for 10 s after 1 failure in a row; shutdown 5 s", breaker.Policy);
    }

    [Fact]
    public async Task A_running_worker_says_since_when_and_how_long_its_run_has_been_up()
    {
        await _host.StartAsync();
        await _pumpScript.NextRunAsync();
        var startedAt = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromSeconds(3));

        var snapshot = Status.Snapshot();
        var pump = snapshot.Workers[0];

        Assert.Equal(SupervisorState.Running, pump.State);
        Assert.Equal(startedAt, pump.StateSince);
        Assert.Equal(TimeSpan.FromSeconds(3), pump.Uptime);
        Assert.Equal(startedAt.AddSeconds(3), snapshot.TakenAt);
        await _host.StopAsync();
    }

    [Fact]
    public async Task A_failed_worker_shows_its_failure_its_next_restart_and_the_failed_run()
    {
        await _host.StartAsync();
        var states = new StateRecorder(_pump.PumpSupervisor);
        var run = await _pumpScript.NextRunAsync();
        var startedAt = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromMilliseconds(1200));
        run.Fail(new TimeoutException("broker did not answer"));
        await states.WaitForAsync(SupervisorState.WaitingToRestart);
        var failedAt = _clock.GetUtcNow();

        var pump = Status.Snapshot().Workers[0];

        Assert.Equal(SupervisorState.WaitingToRestart, pump.State);
        Assert.Equal(failedAt, pump.StateSince);
        Assert.Equal(TimeSpan.Zero, pump.Uptime);
        Assert.Equal(1, pump.ConsecutiveFailures);
        Assert.NotNull(pump.LastFailure);
        Assert.Equal(typeof(TimeoutException).FullName, pump.LastFailure.Type);
        Assert.Equal("broker did not answer", pump.LastFailure.Message);
        Assert.Equal(failedAt, pump.LastFailure.At);
        Assert.Equal(failedAt.AddMilliseconds(500), pump.NextRestartAt);
        var failed = Assert.Single(pump.RecentRuns);
        Assert.Equal(startedAt, failed.StartedAt);
        Assert.Equal(TimeSpan.FromMilliseconds(1200), failed.Duration);
        Assert.Equal(RunOutcome.Failed, failed.Outcome);
        Assert.Equal(typeof(TimeoutException).FullName, failed.FailureType);
        await _host.StopAsync();
    }

    [Fact]
    public async Task A_snapshot_is_a_copy_that_later_restarts_do_not_change()
    {
        await _host.StartAsync();
        var states = new StateRecorder(_pump.PumpSupervisor);
        (await _pumpScript.NextRunAsync()).Fail(new TimeoutException("broker did not answer"));
        await states.WaitForAsync(SupervisorState.WaitingToRestart);
        var before = Status.Snapshot();

        _clock.Advance(TimeSpan.FromMilliseconds(500));
        (await _pumpScript.NextRunAsync()).Complete();
        await states.WaitForAsync(SupervisorState.WaitingToRestart, occurrence: 2);
        var after = Status.Snapshot();

        Assert.Equal(SupervisorState.WaitingToRestart, before.Workers[0].State);
        Assert.Equal(0, before.Workers[0].RestartCount);
        Assert.Single(before.Workers[0].RecentRuns);
        Assert.Equal(1, after.Workers[0].RestartCount);
        Assert.Equal(0, after.Workers[0].ConsecutiveFailures);
        Assert.Equal([RunOutcome.Failed, RunOutcome.Completed], after.Workers[0].RecentRuns.Select(recent => recent.Outcome));
        await _host.StopAsync();
    }

    [Fact]
    public async Task An_open_circuit_shows_in_the_snapshot_with_the_end_of_the_break()
    {
        await _host.StartAsync();
        var states = new StateRecorder(_breaker.CallSupervisor);
        (await _breakerScript.NextRunAsync()).Fail(new HttpRequestException("service unavailable"));
        await states.WaitForAsync(SupervisorState.CircuitOpen);

        var breaker = Status.Snapshot().Workers.Single(worker => worker.Name == "Breaker.Call");

        Assert.Equal(SupervisorState.CircuitOpen, breaker.State);
        Assert.Equal(CircuitState.Open, breaker.Circuit);
        Assert.Equal(_clock.GetUtcNow().AddSeconds(10), breaker.NextRestartAt);
        await _host.StopAsync();
    }
}

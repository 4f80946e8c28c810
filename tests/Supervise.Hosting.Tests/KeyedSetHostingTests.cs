using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Supervise.Hosting.Tests.Support;
using Supervise.Hosting.Tests.Workers;

namespace Supervise.Hosting.Tests;

public sealed class KeyedSetHostingTests
{
    private readonly TestClock _clock = new();
    private readonly KeyedScripts _scripts = new();
    private readonly PartitionPumps _pumps;

    public KeyedSetHostingTests()
    {
        _pumps = new PartitionPumps(_scripts);
    }

    [Fact]
    public async Task Children_started_while_the_host_runs_get_its_clock_and_logger()
    {
        using var host = BuildHost();
        await host.StartAsync();

        var child = _pumps.PumpSupervisors.Start("p1");
        await _scripts.Of("p1").NextRunAsync();

        Assert.Same(_clock, child.TimeProvider);
        Assert.NotSame(NullLogger.Instance, child.Logger);
        Assert.Equal(SupervisedWorker.DefaultRunHistoryCapacity, child.RunHistoryCapacity);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_child_started_before_the_host_started_stops_with_it_too()
    {
        using var host = BuildHost();
        var early = _pumps.PumpSupervisors.Start("early");
        var run = await _scripts.Of("early").NextRunAsync();
        await host.StartAsync();

        await Guard.Within(host.StopAsync());

        Assert.True(run.StoppingToken.IsCancellationRequested);
        Assert.Equal(SupervisorState.Stopped, early.State);
    }

    [Fact]
    public async Task Every_child_stops_with_the_host_the_last_started_first()
    {
        using var host = BuildHost();
        await host.StartAsync();
        var cancelled = new ConcurrentQueue<string>();
        foreach (var key in new[] { "p1", "p2", "p3" })
        {
            _pumps.PumpSupervisors.Start(key);
            var run = await _scripts.Of(key).NextRunAsync();
            run.StoppingToken.Register(() => cancelled.Enqueue(key));
        }

        var children = _pumps.PumpSupervisors.Children;
        await Guard.Within(host.StopAsync());

        Assert.Equal(["p3", "p2", "p1"], cancelled);
        Assert.All(children, child => Assert.Equal(SupervisorState.Stopped, child.State));
        Assert.Equal(0, _pumps.PumpSupervisors.Count);
    }

    [Fact]
    public async Task A_child_that_ignores_its_stop_is_left_Unstopped_after_its_shutdown_timeout_and_named_in_the_log()
    {
        using var host = BuildHost();
        await host.StartAsync();
        var stubborn = _pumps.PumpSupervisors.Start("p1");
        _pumps.PumpSupervisors.Start("p2");
        (await _scripts.Of("p1").NextRunAsync()).IgnoreStopToken();
        var polite = await _scripts.Of("p2").NextRunAsync();

        var stopping = host.StopAsync();
        await _clock.TimerCreatedAsync(TimeSpan.FromMilliseconds(1000));
        Assert.False(stopping.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1000));
        await Guard.Within(stopping);

        Assert.Equal(SupervisorState.Unstopped, stubborn.State);
        Assert.True(polite.Task.IsCanceled);
        var leftRunning = Assert.Single(host.Logs(SupervisedWorkersLogCategories.Hosting), record => record.Id.Id == 203);
        Assert.Equal(LogLevel.Error, leftRunning.Level);
        Assert.Contains("PartitionPumps.Pump[p1]", leftRunning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_health_check_has_one_entry_per_set_with_each_childs_state_by_key()
    {
        using var host = BuildHost();
        await host.StartAsync();
        _pumps.PumpSupervisors.Start("p1");
        var p2 = _pumps.PumpSupervisors.Start("p2");
        await _scripts.Of("p1").NextRunAsync();
        var states = new StateRecorder(p2);
        (await _scripts.Of("p2").NextRunAsync()).Fail(new InvalidOperationException("broker gone"));
        await states.WaitForAsync(SupervisorState.WaitingToRestart);

        var entry = await host.HealthOfAsync("PartitionPumps.Pump");

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Equal("Running", entry.Data["p1"]);
        Assert.Equal("WaitingToRestart", entry.Data["p2"]);
        Assert.Equal("2 children: 1 Running, 1 WaitingToRestart.", entry.Description);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_set_with_no_children_is_healthy()
    {
        using var host = BuildHost();
        await host.StartAsync();

        var entry = await host.HealthOfAsync("PartitionPumps.Pump");

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Empty(entry.Data);
        await host.StopAsync();
    }

    [Fact]
    public async Task The_status_snapshot_lists_a_set_with_its_children_in_start_order()
    {
        using var host = BuildHost();
        await host.StartAsync();
        _pumps.PumpSupervisors.Start("p2");
        _pumps.PumpSupervisors.Start("p1");
        await _scripts.Of("p2").NextRunAsync();
        await _scripts.Of("p1").NextRunAsync();

        var snapshot = host.Services.GetRequiredService<SupervisedWorkersStatus>().Snapshot();

        var set = Assert.Single(snapshot.Workers);
        Assert.Equal("PartitionPumps.Pump", set.Name);
        Assert.Equal(typeof(PartitionPumps).FullName, set.WorkerType);
        Assert.Equal(SupervisorState.Running, set.State);
        Assert.Equal(["PartitionPumps.Pump[p2]", "PartitionPumps.Pump[p1]"], set.Children.Select(child => child.Name));
        Assert.All(set.Children, child => Assert.Equal(SupervisorState.Running, child.State));
        Assert.All(set.Children, child => Assert.Equal(_clock.GetUtcNow(), child.StateSince));
        Assert.Equal(set.Children[0].Policy, set.Policy);
        await host.StopAsync();
    }

    [Fact]
    public async Task The_status_row_of_a_set_takes_the_state_of_its_least_healthy_child_and_sums_restarts()
    {
        using var host = BuildHost();
        await host.StartAsync();
        _pumps.PumpSupervisors.Start("p1");
        var p2 = _pumps.PumpSupervisors.Start("p2");
        await _scripts.Of("p1").NextRunAsync();
        var states = new StateRecorder(p2);
        (await _scripts.Of("p2").NextRunAsync()).Fail(new TimeoutException("no answer"));
        await states.WaitForAsync(SupervisorState.WaitingToRestart);

        var set = Assert.Single(host.Services.GetRequiredService<SupervisedWorkersStatus>().Snapshot().Workers);

        Assert.Equal(SupervisorState.WaitingToRestart, set.State);
        Assert.Equal("System.TimeoutException", set.LastFailure?.Type);
        Assert.Equal(_clock.GetUtcNow().AddMilliseconds(500), set.NextRestartAt);
        Assert.Equal(1, set.ConsecutiveFailures);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_set_may_not_share_its_name_with_a_worker()
    {
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(_pumps).AddSupervisedWorkers<PartitionPumps>();
        builder.Services.AddSingleton(new NamedLikeTheSet(new WorkerScript())).AddSupervisedWorkers<NamedLikeTheSet>();
        using var host = builder.Build();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("'PartitionPumps.Pump'", refused.Message, StringComparison.Ordinal);
    }

    private IHost BuildHost()
    {
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(_pumps);
        builder.Services.AddSupervisedWorkers<PartitionPumps>();
        builder.Services.AddHealthChecks().AddSupervisedWorkers();
        return builder.Build();
    }
}

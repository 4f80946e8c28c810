using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Supervise.Hosting.Tests.Support;
using Supervise.Hosting.Tests.Workers;

namespace Supervise.Hosting.Tests;

/// <summary>A plain worker, a supervision group and a keyed worker set in one host: each runs, reports and stops as it does alone.</summary>
public sealed class MixedShapesHostingTests
{
    private readonly TestClock _clock = new();
    private readonly WorkerScript _pumpScript = new();
    private readonly IngestScripts _ingestScripts = new();
    private readonly KeyedScripts _keyedScripts = new();
    private readonly Pump _pump;
    private readonly Ingest _ingest;
    private readonly PartitionPumps _partitions;

    public MixedShapesHostingTests()
    {
        _pump = new Pump(_pumpScript);
        _ingest = new Ingest(_ingestScripts);
        _partitions = new PartitionPumps(_keyedScripts);
    }

    [Fact]
    public async Task Health_has_entries_for_the_worker_the_group_its_children_and_the_set()
    {
        using var host = BuildHost();
        await host.StartAsync();
        await StartEverythingAsync();

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(["Ingest", "Ingest.Connect", "Ingest.Consume", "PartitionPumps.Pump", "Pump.Pump"], report.Entries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "Ingest.Connect", "Ingest.Consume" }, report.Entries["Ingest"].Data[SupervisorHealthData.Children]);
        Assert.Equal("Running", report.Entries["PartitionPumps.Pump"].Data["p1"]);
        Assert.All(report.Entries.Values, entry => Assert.Equal(HealthStatus.Healthy, entry.Status));
        await host.StopAsync();
    }

    [Fact]
    public async Task The_snapshot_has_the_worker_then_the_group_with_its_children_then_the_set_with_its_child()
    {
        using var host = BuildHost();
        await host.StartAsync();
        await StartEverythingAsync();

        var snapshot = host.Services.GetRequiredService<SupervisedWorkersStatus>().Snapshot();

        Assert.Equal(["Pump.Pump", "Ingest", "PartitionPumps.Pump"], snapshot.Workers.Select(worker => worker.Name));
        Assert.Equal(["Ingest.Connect", "Ingest.Consume"], snapshot.Workers[1].Children.Select(child => child.Name));
        Assert.Equal(["PartitionPumps.Pump[p1]"], snapshot.Workers[2].Children.Select(child => child.Name));
        Assert.All(snapshot.Workers, row => Assert.Equal(SupervisorState.Running, row.State));
        await host.StopAsync();
    }

    [Fact]
    public async Task The_host_stops_everything_in_reverse_of_start_the_keyed_child_first_and_the_plain_worker_last()
    {
        using var host = BuildHost();
        await host.StartAsync();
        var cancelled = new ConcurrentQueue<string>();
        foreach (var (name, run) in await StartEverythingAsync())
        {
            run.StoppingToken.Register(() => cancelled.Enqueue(name));
        }

        await Guard.Within(host.StopAsync());

        // The group stops its children last-started first (Consume, then Connect).
        Assert.Equal(["p1", "Consume", "Connect", "Pump"], cancelled);
        Assert.Equal(SupervisorState.Stopped, _pump.PumpSupervisor.State);
        Assert.Equal(SupervisorState.Stopped, _ingest.Group.State);
        Assert.Empty(_partitions.PumpSupervisors.Children);
    }

    [Fact]
    public async Task Give_up_behaviors_by_the_group_s_the_set_s_or_a_keyed_child_s_name_are_known_and_a_group_child_s_is_warned_about()
    {
        using var host = BuildHost(options =>
        {
            options.GiveUpBehaviorByName["Pump.Pump"] = SupervisorGiveUpBehavior.Ignore;
            options.GiveUpBehaviorByName["Ingest"] = SupervisorGiveUpBehavior.Ignore;
            options.GiveUpBehaviorByName["PartitionPumps.Pump"] = SupervisorGiveUpBehavior.Ignore;
            options.GiveUpBehaviorByName["PartitionPumps.Pump[p7]"] = SupervisorGiveUpBehavior.Ignore;
            options.GiveUpBehaviorByName["Ingest.Consume"] = SupervisorGiveUpBehavior.Ignore;
        });
        await host.StartAsync();

        var warning = Assert.Single(host.Logs(SupervisedWorkersLogCategories.Hosting), record => record.Id.Id == 204);
        Assert.Contains("'Ingest.Consume'", warning.Message, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_group_named_like_a_set_is_refused_before_anything_starts()
    {
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(_partitions).AddSupervisedWorkers<PartitionPumps>();
        builder.Services.AddSingleton(new GroupNamedLikeTheSet(new WorkerScript())).AddSupervisedWorkers<GroupNamedLikeTheSet>();
        using var host = builder.Build();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("'PartitionPumps.Pump'", refused.Message, StringComparison.Ordinal);
        Assert.Contains(typeof(GroupNamedLikeTheSet).FullName!, refused.Message, StringComparison.Ordinal);
    }

    /// <summary>Starts key p1 and waits for a run of every worker, in start order, named for the stop-order test.</summary>
    private async Task<List<(string Name, ScriptedRun Run)>> StartEverythingAsync()
    {
        var runs = new List<(string Name, ScriptedRun Run)>
        {
            ("Pump", await _pumpScript.NextRunAsync()),
            ("Connect", await _ingestScripts.Connect.NextRunAsync()),
            ("Consume", await _ingestScripts.Consume.NextRunAsync()),
        };
        _partitions.PumpSupervisors.Start("p1");
        runs.Add(("p1", await _keyedScripts.Of("p1").NextRunAsync()));
        return runs;
    }

    private IHost BuildHost(Action<SupervisedWorkersOptions>? configure = null)
    {
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(_pump).AddSupervisedWorkers<Pump>();
        builder.Services.AddSingleton(_ingest).AddSupervisedWorkers<Ingest>();
        builder.Services.AddSingleton(_partitions).AddSupervisedWorkers<PartitionPumps>();
        builder.Services.AddHealthChecks().AddSupervisedWorkers();
        if (configure is not null)
        {
            builder.Services.ConfigureSupervisedWorkers(configure);
        }

        return builder.Build();
    }
}

/// <summary>A group whose name is a keyed worker set's.</summary>
[SupervisionGroup(Name = "PartitionPumps.Pump")]
public sealed partial class GroupNamedLikeTheSet(WorkerScript script)
{
    [Supervised]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Supervise.Hosting.Tests.Support;
using Supervise.Hosting.Tests.Workers;

namespace Supervise.Hosting.Tests;

/// <summary>A type with <c>[SupervisionGroup]</c>, registered with <c>AddSupervisedWorkers&lt;T&gt;()</c>: the host runs its group.</summary>
[Collection(ProcessExitCodeCollection.Name)]
public sealed class GroupHostingTests : IDisposable
{
    private readonly TestClock _clock = new();
    private readonly IngestScripts _scripts = new();
    private readonly WorkerScript _pumpScript = new();
    private readonly Ingest _ingest;
    private readonly Pump _pump;

    public GroupHostingTests()
    {
        Environment.ExitCode = 0;
        _ingest = new Ingest(_scripts);
        _pump = new Pump(_pumpScript);
    }

    public void Dispose() => Environment.ExitCode = 0;

    [Fact]
    public async Task The_host_starts_the_group_which_starts_its_children_in_order_and_stops_it_as_one()
    {
        using var host = BuildHost();
        await host.StartAsync();
        var connect = await _scripts.Connect.NextRunAsync();
        var consume = await _scripts.Consume.NextRunAsync();

        Assert.Equal(SupervisorState.Running, _ingest.Group.State);
        Assert.Equal(SupervisorState.Running, _ingest.ConnectSupervisor.State);
        Assert.Equal(SupervisorState.Running, _ingest.ConsumeSupervisor.State);
        Assert.Same(_clock, _ingest.Group.TimeProvider);
        Assert.Same(_clock, _ingest.ConsumeSupervisor.TimeProvider);

        await host.StopAsync();

        Assert.True(connect.StoppingToken.IsCancellationRequested);
        Assert.True(consume.StoppingToken.IsCancellationRequested);
        Assert.Equal(SupervisorState.Stopped, _ingest.Group.State);
        Assert.Equal(SupervisorState.Stopped, _ingest.ConnectSupervisor.State);
        Assert.Equal(SupervisorState.Stopped, _ingest.ConsumeSupervisor.State);
        Assert.Equal(1, _scripts.Connect.RunCount);
        Assert.Equal(1, _scripts.Consume.RunCount);
    }

    [Fact]
    public async Task A_group_restart_by_its_strategy_runs_under_the_host()
    {
        using var host = BuildHost();
        await host.StartAsync();
        var firstConnect = await _scripts.Connect.NextRunAsync();
        var firstConsume = await _scripts.Consume.NextRunAsync();

        firstConnect.Fail(new TimeoutException("connection lost"));
        await _scripts.Connect.NextRunAsync();
        await _scripts.Consume.NextRunAsync();

        Assert.True(firstConsume.StoppingToken.IsCancellationRequested);
        Assert.Equal(1, _ingest.Group.RestartCount);
        Assert.Equal(SupervisorState.Running, _ingest.Group.State);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_group_that_gives_up_stops_the_host_with_exit_code_1_and_one_critical_log_naming_the_group()
    {
        using var host = BuildHost();
        var logs = host.Services.GetFakeLogCollector();
        var faulted = GroupReaches(SupervisorState.Faulted);
        var running = host.RunAsync();
        await _pumpScript.NextRunAsync();

        await ExceedGroupIntensityAsync();
        await Guard.Within(running);

        // The group raises GaveUp, which stops the host, just before it enters Faulted: the host may be down first.
        await faulted;

        Assert.Equal(1, Environment.ExitCode);
        Assert.Equal(SupervisorState.Faulted, _ingest.Group.State);
        Assert.Equal(SupervisorState.Stopped, _pump.PumpSupervisor.State);
        var escalated = Assert.Single(logs.GetSnapshot(), record => record.Category == SupervisedWorkersLogCategories.Hosting && record.Level == LogLevel.Critical);
        Assert.Equal(201, escalated.Id.Id);
        Assert.Contains("Supervisor Ingest gave up", escalated.Message, StringComparison.Ordinal);
        Assert.Contains("(RestartLimitExceeded)", escalated.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_child_that_gives_up_escalates_once_through_its_group()
    {
        using var host = BuildHost(options => options.GiveUpBehavior = SupervisorGiveUpBehavior.Ignore);
        await host.StartAsync();
        await _scripts.Connect.NextRunAsync();
        var faulted = GroupReaches(SupervisorState.Faulted);

        (await _scripts.Consume.NextRunAsync()).Fail(new InvalidDataException("poison message"));
        await faulted;

        Assert.Equal(SupervisorState.Faulted, _ingest.ConsumeSupervisor.State);
        var ignored = Assert.Single(host.Logs(SupervisedWorkersLogCategories.Hosting), record => record.Id.Id is 201 or 202);
        Assert.Equal(202, ignored.Id.Id);
        Assert.Contains("Supervisor Ingest gave up", ignored.Message, StringComparison.Ordinal);
        Assert.False(host.Lifetime().ApplicationStopping.IsCancellationRequested);
        Assert.Equal(0, Environment.ExitCode);
        await host.StopAsync();
    }

    [Fact]
    public async Task The_group_s_give_up_behavior_is_set_by_the_group_s_name()
    {
        using var host = BuildHost(options => options.GiveUpBehaviorByName["Ingest"] = SupervisorGiveUpBehavior.Ignore);
        await host.StartAsync();
        await _scripts.Connect.NextRunAsync();
        var faulted = GroupReaches(SupervisorState.Faulted);

        await ExceedGroupIntensityAsync();
        await faulted;

        Assert.False(host.Lifetime().ApplicationStopping.IsCancellationRequested);
        Assert.DoesNotContain(host.Logs(SupervisedWorkersLogCategories.Hosting), record => record.Id.Id == 204);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_child_s_name_in_the_give_up_behaviors_is_warned_about_as_it_has_no_effect()
    {
        using var host = BuildHost(options => options.GiveUpBehaviorByName["Ingest.Connect"] = SupervisorGiveUpBehavior.Ignore);
        await host.StartAsync();

        var warning = Assert.Single(host.Logs(SupervisedWorkersLogCategories.Hosting), record => record.Id.Id == 204);
        Assert.Contains("Ingest.Connect", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Supervised workers: Pump.Pump, Ingest.", warning.Message, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task Health_has_an_entry_for_the_group_and_one_for_each_child()
    {
        using var host = BuildHost();
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(["Ingest", "Ingest.Connect", "Ingest.Consume", "Pump.Pump"], report.Entries.Keys.Order(StringComparer.Ordinal));
        var group = report.Entries["Ingest"];
        Assert.Equal(HealthStatus.Unhealthy, group.Status);
        Assert.Equal("NotStarted", group.Data[SupervisorHealthData.State]);
        Assert.Equal(new[] { "Ingest.Connect", "Ingest.Consume" }, group.Data[SupervisorHealthData.Children]);
        Assert.Equal("RestForOne; at most 1 restarts", group.Data[SupervisorHealthData.Policy]);
    }

    [Fact]
    public async Task A_running_group_is_healthy_with_its_restarts_and_since_when_and_its_children_report_as_workers()
    {
        using var host = BuildHost();
        await host.StartAsync();
        (await _scripts.Connect.NextRunAsync()).Fail(new TimeoutException("connection lost"));
        await _scripts.Connect.NextRunAsync();
        await _scripts.Consume.NextRunAsync();

        var group = await host.HealthOfAsync("Ingest");
        var connect = await host.HealthOfAsync("Ingest.Connect");

        Assert.Equal(HealthStatus.Healthy, group.Status);
        Assert.Equal("Running", group.Data[SupervisorHealthData.State]);
        Assert.Equal(1, group.Data[SupervisorHealthData.RestartCount]);
        Assert.Equal(_clock.GetUtcNow(), group.Data[SupervisorHealthData.StateSince]);
        Assert.Equal("Running 2 children (1 group restart so far).", group.Description);
        Assert.Equal(HealthStatus.Healthy, connect.Status);
        Assert.Equal("connection lost", connect.Data[SupervisorHealthData.LastFailure]);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_group_that_gave_up_is_unhealthy_with_the_failure_it_gave_up_on()
    {
        using var host = BuildHost(options => options.GiveUpBehavior = SupervisorGiveUpBehavior.Ignore);
        await host.StartAsync();
        await _scripts.Connect.NextRunAsync();
        var faulted = GroupReaches(SupervisorState.Faulted);
        await ExceedGroupIntensityAsync();
        await faulted;

        var group = await host.HealthOfAsync("Ingest");

        Assert.Equal(HealthStatus.Unhealthy, group.Status);
        Assert.Equal("Faulted", group.Data[SupervisorHealthData.State]);
        Assert.Equal("connection lost again", group.Data[SupervisorHealthData.LastFailure]);
        Assert.IsType<SupervisorGaveUpException>(group.Exception);
        Assert.Equal(HealthStatus.Healthy, (await host.HealthOfAsync("Pump.Pump")).Status);
        await host.StopAsync();
    }

    [Fact]
    public async Task The_status_snapshot_lists_the_group_once_with_its_children_under_it()
    {
        using var host = BuildHost();
        await host.StartAsync();
        await _scripts.Connect.NextRunAsync();
        await _scripts.Consume.NextRunAsync();

        var snapshot = host.Services.GetRequiredService<SupervisedWorkersStatus>().Snapshot();

        Assert.Equal(["Pump.Pump", "Ingest"], snapshot.Workers.Select(worker => worker.Name));
        var group = snapshot.Workers[1];
        Assert.Equal(SupervisorState.Running, group.State);
        Assert.Equal(typeof(Ingest).FullName, group.WorkerType);
        Assert.Equal("RestForOne; at most 1 restarts", group.Policy);
        Assert.Equal(_clock.GetUtcNow(), group.StateSince);
        Assert.Equal(["Ingest.Connect", "Ingest.Consume"], group.Children.Select(child => child.Name));
        Assert.All(group.Children, child => Assert.Equal(SupervisorState.Running, child.State));
        Assert.All(group.Children, child => Assert.Empty(child.Children));
        await host.StopAsync();
    }

    [Fact]
    public async Task A_group_that_ends_by_auto_shutdown_stops_the_host_with_a_success_exit_code()
    {
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(_scripts).AddSupervisedWorkers<ImportJob>();
        using var host = builder.Build();
        var logs = host.Services.GetFakeLogCollector();
        var running = host.RunAsync();
        var job = host.Services.GetRequiredService<ImportJob>();
        var import = await _scripts.Connect.NextRunAsync();
        var progress = await _scripts.Consume.NextRunAsync();

        import.Complete();
        await Guard.Within(running);

        Assert.Equal(0, Environment.ExitCode);
        Assert.Equal(SupervisorState.Stopped, job.Group.State);
        Assert.True(progress.StoppingToken.IsCancellationRequested);
        var done = Assert.Single(logs.GetSnapshot(), record => record.Category == SupervisedWorkersLogCategories.Hosting && record.Id.Id == 206);
        Assert.Equal(LogLevel.Information, done.Level);
        Assert.Contains("ImportJob", done.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_stopped_by_the_host_does_not_count_as_an_auto_shutdown()
    {
        using var host = BuildHost();
        await host.StartAsync();
        await _scripts.Consume.NextRunAsync();

        await host.StopAsync();

        Assert.DoesNotContain(host.Logs(SupervisedWorkersLogCategories.Hosting), record => record.Id.Id == 206);
    }

    [Fact]
    public void A_group_named_like_a_worker_cannot_be_hosted()
    {
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(_scripts).AddSupervisedWorkers<Ingest>();
        builder.Services.AddSingleton(new NamedLikeAGroup(_pumpScript)).AddSupervisedWorkers<NamedLikeAGroup>();
        using var host = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<SupervisedWorkersStatus>().Snapshot());

        Assert.Contains("named 'Ingest'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_that_names_another_group_s_child_is_refused_with_the_remedy()
    {
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(new BorrowsAChild(_ingest)).AddSupervisedWorkers<BorrowsAChild>();
        using var host = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<SupervisedWorkersStatus>().Snapshot());

        Assert.Contains("'Ingest.Connect', a child of supervision group 'Ingest'", error.Message, StringComparison.Ordinal);
    }

    private IHost BuildHost(Action<SupervisedWorkersOptions>? configure = null)
    {
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(_pump).AddSupervisedWorkers<Pump>();
        builder.Services.AddSingleton(_ingest).AddSupervisedWorkers<Ingest>();
        builder.Services.AddHealthChecks().AddSupervisedWorkers();
        if (configure is not null)
        {
            builder.Services.ConfigureSupervisedWorkers(configure);
        }

        return builder.Build();
    }

    /// <summary>Two failures of the second child: the first restarts it (RestForOne), the second is one more restart than the group's limit.</summary>
    private async Task ExceedGroupIntensityAsync()
    {
        (await _scripts.Consume.NextRunAsync()).Fail(new TimeoutException("connection lost"));
        (await _scripts.Consume.NextRunAsync()).Fail(new TimeoutException("connection lost again"));
    }

    private Task GroupReaches(SupervisorState state)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _ingest.Group.StateChanged += (_, change) =>
        {
            if (change.State == state)
            {
                reached.TrySetResult();
            }
        };
        return Guard.Within(reached.Task);
    }

    /// <summary>Lists a group's child by hand as if it were its own worker.</summary>
    private sealed class BorrowsAChild(Ingest ingest) : ISupervisedWorkers
    {
        public IReadOnlyList<Supervisor> Supervisors => [ingest.ConnectSupervisor];
    }
}

/// <summary>A worker whose name is a group's.</summary>
public sealed partial class NamedLikeAGroup(WorkerScript script)
{
    [Supervised(Name = "Ingest")]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

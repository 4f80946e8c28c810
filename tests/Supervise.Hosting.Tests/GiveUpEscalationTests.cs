using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Supervise.Hosting.Tests.Support;
using Supervise.Hosting.Tests.Workers;

namespace Supervise.Hosting.Tests;

/// <summary>These tests read and reset the process exit code, so nothing runs beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessExitCodeCollection
{
    public const string Name = "Process exit code";
}

[Collection(ProcessExitCodeCollection.Name)]
public sealed class GiveUpEscalationTests : IDisposable
{
    private readonly TestClock _clock = new();
    private readonly WorkerScript _oneShotScript = new();
    private readonly WorkerScript _pumpScript = new();
    private readonly OneShot _oneShot;
    private readonly Pump _pump;

    public GiveUpEscalationTests()
    {
        Environment.ExitCode = 0;
        _oneShot = new OneShot(_oneShotScript);
        _pump = new Pump(_pumpScript);
    }

    public void Dispose() => Environment.ExitCode = 0;

    [Fact]
    public async Task By_default_a_give_up_stops_the_host_and_sets_exit_code_1()
    {
        using var host = BuildHost();
        var logs = host.Services.GetFakeLogCollector();
        var running = host.RunAsync();
        await _pumpScript.NextRunAsync();

        (await _oneShotScript.NextRunAsync()).Fail(new InvalidOperationException("import file missing"));
        await Guard.Within(running);

        Assert.Equal(1, Environment.ExitCode);
        Assert.Equal(SupervisorState.Faulted, _oneShot.ImportSupervisor.State);
        Assert.Equal(SupervisorState.Stopped, _pump.PumpSupervisor.State);
        var escalated = Assert.Single(logs.GetSnapshot(), record => record.Category == SupervisedWorkersLogCategories.Hosting && record.Id.Id == 201);
        Assert.Equal(LogLevel.Critical, escalated.Level);
        Assert.Equal(SupervisedWorkersLogCategories.Hosting, escalated.Category);
        Assert.Contains("OneShot.Import", escalated.Message, StringComparison.Ordinal);
        Assert.Contains("(FailedWithoutRestart)", escalated.Message, StringComparison.Ordinal);
        Assert.Contains("exit code 1", escalated.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_exit_code_of_a_give_up_that_stops_the_host_is_configurable()
    {
        using var host = BuildHost(options => options.FailureExitCode = 70);
        var running = host.RunAsync();

        (await _oneShotScript.NextRunAsync()).Fail(new InvalidOperationException("import file missing"));
        await Guard.Within(running);

        Assert.Equal(70, Environment.ExitCode);
    }

    [Fact]
    public async Task A_failure_exit_code_set_before_the_give_up_is_kept()
    {
        using var host = BuildHost();
        var running = host.RunAsync();
        Environment.ExitCode = 9;

        (await _oneShotScript.NextRunAsync()).Fail(new InvalidOperationException("import file missing"));
        await Guard.Within(running);

        Assert.Equal(9, Environment.ExitCode);
    }

    [Fact]
    public async Task With_Ignore_a_give_up_keeps_the_host_and_the_other_workers_running_and_reports_the_worker_unhealthy()
    {
        using var host = BuildHost(options => options.GiveUpBehavior = SupervisorGiveUpBehavior.Ignore);
        await host.StartAsync();
        await _pumpScript.NextRunAsync();

        await GiveUpAsync();

        Assert.False(host.Lifetime().ApplicationStopping.IsCancellationRequested);
        Assert.Equal(SupervisorState.Running, _pump.PumpSupervisor.State);
        Assert.Equal(0, Environment.ExitCode);
        var entry = await host.HealthOfAsync("OneShot.Import");
        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        var ignored = Assert.Single(host.Logs(SupervisedWorkersLogCategories.Hosting), record => record.Id.Id == 202);
        Assert.Contains("OneShot.Import", ignored.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs(SupervisedWorkersLogCategories.Hosting), record => record.Id.Id == 201);
        await host.StopAsync();
    }

    [Fact]
    public async Task Ignore_set_for_one_worker_by_name_overrides_the_default_StopHost()
    {
        using var host = BuildHost(options => options.GiveUpBehaviorByName["OneShot.Import"] = SupervisorGiveUpBehavior.Ignore);
        await host.StartAsync();

        await GiveUpAsync();

        Assert.False(host.Lifetime().ApplicationStopping.IsCancellationRequested);
        Assert.Equal(0, Environment.ExitCode);
        await host.StopAsync();
    }

    [Fact]
    public async Task StopHost_set_for_one_worker_by_name_overrides_a_default_of_Ignore()
    {
        using var host = BuildHost(options =>
        {
            options.GiveUpBehavior = SupervisorGiveUpBehavior.Ignore;
            options.GiveUpBehaviorByName["OneShot.Import"] = SupervisorGiveUpBehavior.StopHost;
        });
        var running = host.RunAsync();

        (await _oneShotScript.NextRunAsync()).Fail(new InvalidOperationException("import file missing"));
        await Guard.Within(running);

        Assert.Equal(1, Environment.ExitCode);
    }

    private IHost BuildHost(Action<SupervisedWorkersOptions>? configure = null)
    {
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(_pump);
        builder.Services.AddSingleton(_oneShot);
        builder.Services.AddSupervisedWorkers<Pump>();
        builder.Services.AddSupervisedWorkers<OneShot>();
        builder.Services.AddHealthChecks().AddSupervisedWorkers();
        if (configure is not null)
        {
            builder.Services.ConfigureSupervisedWorkers(configure);
        }

        return builder.Build();
    }

    /// <summary>Fails the one-shot worker and returns once its supervisor has given up and the host has reacted.</summary>
    private async Task GiveUpAsync()
    {
        // Subscribed after the host's own handler, so the escalation has run when this one sees Faulted.
        var states = new StateRecorder(_oneShot.ImportSupervisor);
        (await _oneShotScript.NextRunAsync()).Fail(new InvalidOperationException("import file missing"));
        await states.WaitForAsync(SupervisorState.Faulted);
    }
}

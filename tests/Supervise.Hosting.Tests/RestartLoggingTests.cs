using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Supervise.Hosting.Tests.Support;
using Supervise.Hosting.Tests.Workers;

namespace Supervise.Hosting.Tests;

public sealed class RestartLoggingTests
{
    private readonly TestClock _clock = new();

    [Fact]
    public async Task A_failing_worker_is_restarted_and_its_failure_and_restart_are_logged_through_the_hosts_logger_factory()
    {
        var script = new WorkerScript();
        var pump = new Pump(script);
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(pump);
        builder.Services.AddSupervisedWorkers<Pump>();
        using var host = builder.Build();
        await host.StartAsync();
        var states = new StateRecorder(pump.PumpSupervisor);

        var failure = new InvalidOperationException("queue unreachable");
        (await script.NextRunAsync()).Fail(failure);
        await states.WaitForAsync(SupervisorState.WaitingToRestart);
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        var restarted = await script.NextRunAsync();

        Assert.Equal(2, restarted.Number);
        Assert.Equal(1, pump.PumpSupervisor.RestartCount);
        var logs = host.Logs(SupervisedWorkersLogCategories.Supervisor);
        var failed = Assert.Single(logs, record => record.Id.Name == "WorkerFailed");
        Assert.Equal(LogLevel.Warning, failed.Level);
        Assert.Same(failure, failed.Exception);
        Assert.Contains("Pump.Pump", failed.Message, StringComparison.Ordinal);
        var restarting = Assert.Single(logs, record => record.Id.Name == "WorkerRestarting");
        Assert.Equal("Restarting worker Pump.Pump in 500 ms (attempt 2).", restarting.Message);
        Assert.Equal(2, logs.Count(record => record.Id.Name == "WorkerStarted"));
        await host.StopAsync();
    }

    [Fact]
    public async Task A_logger_set_on_a_supervisor_before_the_host_starts_keeps_receiving_its_lines()
    {
        var ownLogger = new Microsoft.Extensions.Logging.Testing.FakeLogger();
        var script = new WorkerScript();
        var pump = new Pump(script);
        pump.PumpSupervisor.Logger = ownLogger;
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(pump);
        builder.Services.AddSupervisedWorkers<Pump>();
        using var host = builder.Build();
        await host.StartAsync();

        (await script.NextRunAsync()).Fail(new InvalidOperationException("boom"));
        await new StateRecorder(pump.PumpSupervisor).WaitForAsync(SupervisorState.WaitingToRestart);

        Assert.Contains(ownLogger.Collector.GetSnapshot(), record => record.Id.Name == "WorkerFailed");
        Assert.DoesNotContain(host.Logs(SupervisedWorkersLogCategories.Supervisor), record => record.Id.Name == "WorkerFailed");
        await host.StopAsync();
    }

    [Fact]
    public async Task Each_worker_logs_under_its_own_category_so_its_level_can_be_set_alone()
    {
        var scripts = new PipelineScripts();
        var pipeline = new Pipeline(scripts);
        var builder = TestHost.CreateBuilder(_clock);
        builder.Logging.AddFilter(SupervisedWorkersLogCategories.ForWorker(Pipeline.WriteWorkerName), LogLevel.Warning);
        builder.Services.AddSingleton(pipeline);
        builder.Services.AddSupervisedWorkers<Pipeline>();
        using var host = builder.Build();
        await host.StartAsync();
        await scripts.Read.NextRunAsync();
        (await scripts.Write.NextRunAsync()).Fail(new InvalidOperationException("disk full"));
        await new StateRecorder(pipeline.WriteSupervisor).WaitForAsync(SupervisorState.WaitingToRestart);

        var logs = host.Logs(SupervisedWorkersLogCategories.Supervisor);
        Assert.Equal("Pipeline.Write", Pipeline.WriteWorkerName);
        Assert.Contains(logs, record => record.Category == "Supervise.Supervisor.Pipeline.Read" && record.Id.Name == "WorkerStarted");
        Assert.DoesNotContain(logs, record => record.Category == "Supervise.Supervisor.Pipeline.Write" && record.Level < LogLevel.Warning);
        Assert.Contains(logs, record => record.Category == "Supervise.Supervisor.Pipeline.Write" && record.Id.Name == "WorkerFailed");
        await host.StopAsync();
    }
}

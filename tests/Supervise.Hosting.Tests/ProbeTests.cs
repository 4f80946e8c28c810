using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Supervise.Hosting.Tests.Support;
using Supervise.Hosting.Tests.Workers;

namespace Supervise.Hosting.Tests;

public sealed class ProbeTests
{
    private readonly TestClock _clock = new();
    private readonly WorkerScript _pumpScript = new();
    private readonly WorkerScript _importScript = new();

    [Theory]
    [InlineData(SupervisorState.Running, true, true)]
    [InlineData(SupervisorState.WaitingForLease, true, true)]
    [InlineData(SupervisorState.Stopped, true, true)]
    [InlineData(SupervisorState.NotStarted, true, false)]
    [InlineData(SupervisorState.WaitingToRestart, true, false)]
    [InlineData(SupervisorState.CircuitOpen, true, false)]
    [InlineData(SupervisorState.Stopping, true, false)]
    [InlineData(SupervisorState.Faulted, false, false)]
    [InlineData(SupervisorState.Unstopped, false, false)]
    public void Each_state_answers_liveness_and_readiness_as_documented(SupervisorState state, bool live, bool ready)
    {
        Assert.Equal(live, SupervisorProbeAnswers.Passes(SupervisorProbe.Liveness, state));
        Assert.Equal(ready, SupervisorProbeAnswers.Passes(SupervisorProbe.Readiness, state));
    }

    [Fact]
    public async Task Running_workers_pass_both_probes()
    {
        using var host = Build();
        await host.StartAsync();
        await _pumpScript.NextRunAsync();
        await _importScript.NextRunAsync();

        Assert.Equal(HealthStatus.Healthy, (await ProbeAsync(host, SupervisedWorkersHealthTags.Live)).Status);
        Assert.Equal(HealthStatus.Healthy, (await ProbeAsync(host, SupervisedWorkersHealthTags.Ready)).Status);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_worker_waiting_to_restart_fails_readiness_only()
    {
        var pump = new Pump(_pumpScript);
        using var host = Build(pump);
        await host.StartAsync();
        (await _pumpScript.NextRunAsync()).Fail(new InvalidOperationException("queue unreachable"));
        await new StateRecorder(pump.PumpSupervisor).WaitForAsync(SupervisorState.WaitingToRestart);

        var ready = await ProbeAsync(host, SupervisedWorkersHealthTags.Ready);

        Assert.Equal(HealthStatus.Healthy, (await ProbeAsync(host, SupervisedWorkersHealthTags.Live)).Status);
        Assert.Equal(HealthStatus.Unhealthy, ready.Status);
        Assert.Equal("Pump.Pump (WaitingToRestart): not working now.", ready.Description);
        Assert.Equal("WaitingToRestart", ready.Data["Pump.Pump"]);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_worker_that_gave_up_fails_liveness_and_readiness()
    {
        var importer = new OneShot(_importScript);
        using var host = Build(importer: importer);
        await host.StartAsync();
        (await _importScript.NextRunAsync()).Fail(new InvalidOperationException("bad file"));
        await new StateRecorder(importer.ImportSupervisor).WaitForAsync(SupervisorState.Faulted);

        var live = await ProbeAsync(host, SupervisedWorkersHealthTags.Live);

        Assert.Equal(HealthStatus.Unhealthy, live.Status);
        Assert.Equal("OneShot.Import (Faulted): beyond self-healing.", live.Description);
        Assert.Equal(HealthStatus.Unhealthy, (await ProbeAsync(host, SupervisedWorkersHealthTags.Ready)).Status);
        await host.StopAsync();
    }

    private static async Task<HealthReportEntry> ProbeAsync(IHost host, string tag)
    {
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Tags.Contains(tag));
        return Assert.Single(report.Entries).Value;
    }

    private IHost Build(Pump? pump = null, OneShot? importer = null)
    {
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(pump ?? new Pump(_pumpScript));
        builder.Services.AddSingleton(importer ?? new OneShot(_importScript));
        builder.Services.AddSupervisedWorkers<Pump>();
        builder.Services.AddSupervisedWorkers<OneShot>();
        builder.Services.ConfigureSupervisedWorkers(options => options.GiveUpBehavior = SupervisorGiveUpBehavior.Ignore);
        builder.Services.AddHealthChecks().AddSupervisedWorkers().AddSupervisedWorkerProbes();
        return builder.Build();
    }
}

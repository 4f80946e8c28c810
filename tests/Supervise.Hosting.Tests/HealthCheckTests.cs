using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Supervise.Hosting.Tests.Support;
using Supervise.Hosting.Tests.Workers;

namespace Supervise.Hosting.Tests;

public sealed class HealthCheckTests : IDisposable
{
    private readonly TestClock _clock = new();
    private readonly WorkerScript _script = new();
    private readonly WorkerScript _oneShotScript = new();
    private readonly WorkerScript _breakerScript = new();
    private readonly Breaker _breaker;
    private readonly Pump _pump;
    private readonly OneShot _oneShot;
    private readonly IHost _host;

    public HealthCheckTests()
    {
        _pump = new Pump(_script);
        _oneShot = new OneShot(_oneShotScript);
        _breaker = new Breaker(_breakerScript);
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(_pump);
        builder.Services.AddSingleton(_oneShot);
        builder.Services.AddSupervisedWorkers<Pump>();
        builder.Services.AddHealthChecks().AddSupervisedWorkers(tags: ["workers"]);

        // Registered after the health checks: the entries are still there.
        builder.Services.AddSupervisedWorkers<OneShot>();
        builder.Services.AddSingleton(_breaker).AddSupervisedWorkers<Breaker>();
        builder.Services.ConfigureSupervisedWorkers(options => options.GiveUpBehavior = SupervisorGiveUpBehavior.Ignore);
        _host = builder.Build();
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task There_is_one_entry_per_worker_named_by_its_supervisor_and_tagged()
    {
        var report = await _host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(["Breaker.Call", "OneShot.Import", "Pump.Pump"], report.Entries.Keys.Order(StringComparer.Ordinal));
        Assert.All(report.Entries.Values, entry => Assert.Equal(["workers"], entry.Tags));
    }

    [Fact]
    public async Task A_worker_the_host_has_not_started_is_unhealthy()
    {
        var entry = await _host.HealthOfAsync("Pump.Pump");

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Equal("NotStarted", entry.Data[SupervisorHealthData.State]);
        Assert.False(entry.Data.ContainsKey(SupervisorHealthData.StateSince));
    }

    [Fact]
    public async Task A_running_worker_is_healthy_and_its_data_says_since_when()
    {
        await _host.StartAsync();
        await _script.NextRunAsync();

        var entry = await _host.HealthOfAsync("Pump.Pump");

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal("Running", entry.Data[SupervisorHealthData.State]);
        Assert.Equal(_clock.GetUtcNow(), entry.Data[SupervisorHealthData.StateSince]);
        Assert.Equal(0, entry.Data[SupervisorHealthData.RestartCount]);
        Assert.Equal(0, entry.Data[SupervisorHealthData.ConsecutiveFailures]);
        Assert.False(entry.Data.ContainsKey(SupervisorHealthData.LastFailure));
        Assert.Null(entry.Exception);
        await _host.StopAsync();
    }

    [Fact]
    public async Task A_worker_waiting_to_restart_is_degraded_with_its_failure_and_next_restart_time()
    {
        await _host.StartAsync();
        var states = new StateRecorder(_pump.PumpSupervisor);
        var failure = new TimeoutException("broker did not answer");
        (await _script.NextRunAsync()).Fail(failure);
        await states.WaitForAsync(SupervisorState.WaitingToRestart);

        var entry = await _host.HealthOfAsync("Pump.Pump");

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Equal("WaitingToRestart", entry.Data[SupervisorHealthData.State]);
        Assert.Equal(1, entry.Data[SupervisorHealthData.ConsecutiveFailures]);
        Assert.Equal("broker did not answer", entry.Data[SupervisorHealthData.LastFailure]);
        Assert.Equal(typeof(TimeoutException).FullName, entry.Data[SupervisorHealthData.LastFailureType]);
        Assert.Equal(_clock.GetUtcNow().AddMilliseconds(500), entry.Data[SupervisorHealthData.NextRestartAt]);
        Assert.Same(failure, entry.Exception);
        await _host.StopAsync();
    }

    [Fact]
    public async Task A_worker_whose_circuit_is_open_is_degraded_until_the_break_ends()
    {
        await _host.StartAsync();
        var states = new StateRecorder(_breaker.CallSupervisor);
        (await _breakerScript.NextRunAsync()).Fail(new HttpRequestException("service unavailable"));
        await states.WaitForAsync(SupervisorState.CircuitOpen);

        var entry = await _host.HealthOfAsync("Breaker.Call");

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Equal("CircuitOpen", entry.Data[SupervisorHealthData.State]);
        Assert.Equal(_clock.GetUtcNow().AddSeconds(10), entry.Data[SupervisorHealthData.NextRestartAt]);
        Assert.Equal("service unavailable", entry.Data[SupervisorHealthData.LastFailure]);
        await _host.StopAsync();
    }

    [Fact]
    public async Task Each_entry_describes_its_workers_policy_in_one_line()
    {
        await _host.StartAsync();

        var entry = await _host.HealthOfAsync("Breaker.Call");

        Assert.Equal("Fixed 500 ms; restart always; circuit opens for 10 s after 1 failure in a row; shutdown 5 s", entry.Data[SupervisorHealthData.Policy]);
        await _host.StopAsync();
    }

    [Fact]
    public async Task A_restarted_worker_is_healthy_again_and_counts_its_restart()
    {
        await _host.StartAsync();
        var states = new StateRecorder(_pump.PumpSupervisor);
        (await _script.NextRunAsync()).Fail(new TimeoutException("broker did not answer"));
        await states.WaitForAsync(SupervisorState.WaitingToRestart);
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        await _script.NextRunAsync();

        var entry = await _host.HealthOfAsync("Pump.Pump");

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal(1, entry.Data[SupervisorHealthData.RestartCount]);
        Assert.Equal("broker did not answer", entry.Data[SupervisorHealthData.LastFailure]);
        Assert.False(entry.Data.ContainsKey(SupervisorHealthData.NextRestartAt));
        await _host.StopAsync();
    }

    [Fact]
    public async Task A_worker_whose_supervisor_gave_up_is_unhealthy_with_its_last_failure()
    {
        await _host.StartAsync();
        var states = new StateRecorder(_oneShot.ImportSupervisor);
        var failure = new InvalidOperationException("import file missing");
        (await _oneShotScript.NextRunAsync()).Fail(failure);
        await states.WaitForAsync(SupervisorState.Faulted);

        var entry = await _host.HealthOfAsync("OneShot.Import");

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Equal("Faulted", entry.Data[SupervisorHealthData.State]);
        Assert.Equal("import file missing", entry.Data[SupervisorHealthData.LastFailure]);
        Assert.Same(failure, entry.Exception);
        await _host.StopAsync();
    }

    [Fact]
    public async Task A_worker_being_stopped_is_degraded()
    {
        await _host.StartAsync();
        var states = new StateRecorder(_pump.PumpSupervisor);
        var run = await _script.NextRunAsync();
        run.IgnoreStopToken();
        var stopping = _host.StopAsync();
        await states.WaitForAsync(SupervisorState.Stopping);

        var entry = await _host.HealthOfAsync("Pump.Pump");

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Equal("Stopping", entry.Data[SupervisorHealthData.State]);
        run.Complete();
        await Guard.Within(stopping);
    }

    [Fact]
    public async Task A_worker_stopped_with_the_host_is_healthy()
    {
        await _host.StartAsync();
        await _script.NextRunAsync();
        await _host.StopAsync();

        var entry = await _host.HealthOfAsync("Pump.Pump");

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal("Stopped", entry.Data[SupervisorHealthData.State]);
    }

    [Fact]
    public async Task A_worker_left_running_at_shutdown_is_unhealthy_and_the_entry_says_so()
    {
        await _host.StartAsync();
        var run = await _script.NextRunAsync();
        run.IgnoreStopToken();
        var stopping = _host.StopAsync();
        await _clock.TimerCreatedAsync(TimeSpan.FromMilliseconds(1000));
        _clock.Advance(TimeSpan.FromMilliseconds(1000));
        await Guard.Within(stopping);

        var entry = await _host.HealthOfAsync("Pump.Pump");

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Equal("Unstopped", entry.Data[SupervisorHealthData.State]);
        Assert.Contains("Unstopped", entry.Description, StringComparison.Ordinal);
        run.Complete();
    }

    [Fact]
    public void Adding_the_worker_health_checks_twice_is_refused_with_a_clear_message()
    {
        var services = new ServiceCollection();
        var checks = services.AddHealthChecks().AddSupervisedWorkers();

        var refused = Assert.Throws<InvalidOperationException>(() => checks.AddSupervisedWorkers());

        Assert.Contains("already called", refused.Message, StringComparison.Ordinal);
    }
}

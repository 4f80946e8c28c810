using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Supervise.Hosting.Tests.Support;
using Supervise.Hosting.Tests.Workers;

namespace Supervise.Hosting.Tests;

public sealed class ConfigurationOverrideTests
{
    private const string PumpSection = "Supervise:Workers:Pump.Pump";

    private readonly TestClock _clock = new();
    private readonly WorkerScript _script = new();

    [Fact]
    public async Task A_configured_value_replaces_the_attributes_before_the_worker_starts()
    {
        using var host = Build(new() { [$"{PumpSection}:RestartDelayMs"] = "2000", [$"{PumpSection}:MaxRestarts"] = "3" }, out var pump);

        await host.StartAsync();
        (await _script.NextRunAsync()).Fail(new InvalidOperationException("queue unreachable"));
        await new StateRecorder(pump.PumpSupervisor).WaitForAsync(SupervisorState.WaitingToRestart);

        Assert.Equal(2000, pump.PumpSupervisor.Settings.RestartDelayMs);
        Assert.Equal(3, pump.PumpSupervisor.Settings.MaxRestarts);
        Assert.Equal(1000, pump.PumpSupervisor.Settings.ShutdownTimeoutMs);
        Assert.Contains(host.Logs(SupervisedWorkersLogCategories.Supervisor), record => record.Message == "Restarting worker Pump.Pump in 2000 ms (attempt 2).");
        var applied = Assert.Single(host.Logs(SupervisedWorkersLogCategories.Hosting), record => record.Id.Name == "SupervisorSettingsFromConfiguration");
        Assert.Contains("2 s", applied.Message, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task Worker_names_and_options_in_configuration_are_case_insensitive_like_every_configuration_key()
    {
        using var host = Build(new() { ["supervise:workers:pump.pump:restartdelayms"] = "750", ["Supervise:Workers:Pump.Pump:policy"] = "backoff" }, out var pump);

        await host.StartAsync();

        Assert.Equal(750, pump.PumpSupervisor.Settings.RestartDelayMs);
        Assert.Equal(RestartPolicy.Backoff, pump.PumpSupervisor.Settings.Policy);
        await host.StopAsync();
    }

    [Fact]
    public async Task The_command_line_can_override_a_worker_as_appsettings_can()
    {
        var builder = TestHost.CreateBuilder(_clock);
        builder.Configuration.AddCommandLine(["--Supervise:Workers:Pump.Pump:CircuitBreakerThreshold=4"]);
        var pump = new Pump(_script);
        builder.Services.AddSingleton(pump);
        builder.Services.AddSupervisedWorkers<Pump>();
        using var host = builder.Build();

        await host.StartAsync();

        Assert.Equal(4, pump.PumpSupervisor.Settings.CircuitBreakerThreshold);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("RestartDelayMs", "-5", "'Supervise:Workers:Pump.Pump:RestartDelayMs' = '-5' breaks a rule of [Supervised] (SUP003): RestartDelayMs is -5; it must be 0 or more")]
    [InlineData("RestartWindowMs", "60000", "'Supervise:Workers:Pump.Pump:RestartWindowMs' = '60000' breaks a rule of [Supervised] (SUP003): RestartWindowMs has no effect without MaxRestarts")]
    [InlineData("RestartDelayMs", "fast", "'Supervise:Workers:Pump.Pump:RestartDelayMs' has the value 'fast', which is not a whole number")]
    [InlineData("Policy", "7", "'Supervise:Workers:Pump.Pump:Policy' has the value '7', which is not a RestartPolicy (Immediate, Fixed or Backoff)")]
    [InlineData("Jitter", "maybe", "'Supervise:Workers:Pump.Pump:Jitter' has the value 'maybe', which is not true or false")]
    [InlineData("Restart", "Never", "'Supervise:Workers:Pump.Pump:Restart' cannot be set: Restart says what the worker is")]
    [InlineData("RestartDelay", "100", "'Supervise:Workers:Pump.Pump:RestartDelay' is not a [Supervised] option")]
    public async Task An_invalid_configured_value_fails_the_start_naming_the_key_the_value_and_the_rule(string option, string value, string message)
    {
        using var host = Build(new() { [$"{PumpSection}:{option}"] = value }, out var pump);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
        Assert.Equal(SupervisorState.NotStarted, pump.PumpSupervisor.State);
        Assert.Equal(0, _script.RunCount);
    }

    [Fact]
    public async Task A_rule_broken_by_two_keys_together_names_both()
    {
        using var host = Build(new() { [$"{PumpSection}:Policy"] = "Backoff", [$"{PumpSection}:MaxDelayMs"] = "100" }, out _);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("'Supervise:Workers:Pump.Pump:MaxDelayMs' = '100' breaks a rule of [Supervised] (SUP003): MaxDelayMs (100) is below RestartDelayMs (500)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_section_naming_no_worker_is_a_warning_and_the_host_starts()
    {
        using var host = Build(new() { ["Supervise:Workers:Pump.Pmup:RestartDelayMs"] = "100" }, out var pump);

        await host.StartAsync();

        var warning = Assert.Single(host.Logs(SupervisedWorkersLogCategories.Hosting), record => record.Id.Name == "UnknownWorkerInConfiguration");
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("'Pump.Pmup'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Supervised workers: Pump.Pump", warning.Message, StringComparison.Ordinal);
        Assert.Equal(500, pump.PumpSupervisor.Settings.RestartDelayMs);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_reload_applies_at_the_next_restart_decision_and_is_logged_with_the_old_and_new_values()
    {
        using var host = Build(new(), out var pump);
        await host.StartAsync();
        var run = await _script.NextRunAsync();

        Reload(host, ($"{PumpSection}:RestartDelayMs", "3000"));

        // The run going on keeps the policy it started with.
        Assert.Equal(500, pump.PumpSupervisor.Settings.RestartDelayMs);
        run.Fail(new InvalidOperationException("queue unreachable"));
        await new StateRecorder(pump.PumpSupervisor).WaitForAsync(SupervisorState.WaitingToRestart);
        Assert.Equal(3000, pump.PumpSupervisor.Settings.RestartDelayMs);
        var logs = host.Logs(SupervisedWorkersLogCategories.Supervisor);
        var changed = Assert.Single(logs, record => record.Id.Name == "SettingsChanged");
        Assert.Contains("3 s", changed.Message, StringComparison.Ordinal);
        Assert.Contains("was: Fixed 500 ms", changed.Message, StringComparison.Ordinal);
        Assert.Contains(logs, record => record.Message == "Restarting worker Pump.Pump in 3000 ms (attempt 2).");
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.False(_script.HasPendingRun);
        _clock.Advance(TimeSpan.FromMilliseconds(2500));
        Assert.Equal(2, (await _script.NextRunAsync()).Number);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_key_removed_by_a_reload_gives_the_option_back_its_attribute_value()
    {
        using var host = Build(new() { [$"{PumpSection}:RestartDelayMs"] = "3000" }, out var pump);
        await host.StartAsync();
        var run = await _script.NextRunAsync();

        var configuration = (IConfigurationRoot)host.Services.GetRequiredService<IConfiguration>();
        configuration[$"{PumpSection}:RestartDelayMs"] = null;
        configuration.Reload();
        run.Fail(new InvalidOperationException("queue unreachable"));
        await new StateRecorder(pump.PumpSupervisor).WaitForAsync(SupervisorState.WaitingToRestart);

        Assert.Equal(500, pump.PumpSupervisor.Settings.RestartDelayMs);
        await host.StopAsync();
    }

    [Fact]
    public async Task An_invalid_reload_is_logged_as_an_error_and_the_worker_keeps_its_settings()
    {
        using var host = Build(new() { [$"{PumpSection}:RestartDelayMs"] = "1000" }, out var pump);
        await host.StartAsync();
        var run = await _script.NextRunAsync();

        Reload(host, ($"{PumpSection}:RestartDelayMs", "-1"));
        run.Fail(new InvalidOperationException("queue unreachable"));
        await new StateRecorder(pump.PumpSupervisor).WaitForAsync(SupervisorState.WaitingToRestart);

        var rejected = Assert.Single(host.Logs(SupervisedWorkersLogCategories.Hosting), record => record.Id.Name == "SupervisorConfigurationReloadRejected");
        Assert.Equal(LogLevel.Error, rejected.Level);
        Assert.Contains("'Supervise:Workers:Pump.Pump:RestartDelayMs' = '-1'", rejected.Message, StringComparison.Ordinal);
        Assert.Equal(1000, pump.PumpSupervisor.Settings.RestartDelayMs);
        Assert.DoesNotContain(host.Logs(SupervisedWorkersLogCategories.Supervisor), record => record.Id.Name == "SettingsChanged");
        await host.StopAsync();
    }

    [Fact]
    public async Task A_reload_that_changes_nothing_for_a_worker_logs_no_change()
    {
        using var host = Build(new() { [$"{PumpSection}:RestartDelayMs"] = "1000" }, out var pump);
        await host.StartAsync();
        var run = await _script.NextRunAsync();

        Reload(host, ("Unrelated:Setting", "x"));
        run.Fail(new InvalidOperationException("queue unreachable"));
        await new StateRecorder(pump.PumpSupervisor).WaitForAsync(SupervisorState.WaitingToRestart);

        Assert.DoesNotContain(host.Logs(SupervisedWorkersLogCategories.Supervisor), record => record.Id.Name == "SettingsChanged");
        await host.StopAsync();
    }

    private static void Reload(IHost host, params (string Key, string Value)[] values)
    {
        var configuration = (IConfigurationRoot)host.Services.GetRequiredService<IConfiguration>();
        foreach (var (key, value) in values)
        {
            configuration[key] = value;
        }

        configuration.Reload();
    }

    private IHost Build(Dictionary<string, string?> configuration, out Pump pump)
    {
        var builder = TestHost.CreateBuilder(_clock);
        builder.Configuration.AddInMemoryCollection(configuration);
        pump = new Pump(_script);
        builder.Services.AddSingleton(pump);
        builder.Services.AddSupervisedWorkers<Pump>();
        return builder.Build();
    }
}

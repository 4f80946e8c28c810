using Microsoft.Extensions.Logging.Testing;
using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

public sealed class SettingsUpdateTests
{
    private readonly WorkerScript _script = new();

    [Fact]
    public void The_compiled_settings_are_the_attributes_values_and_read_only()
    {
        var settings = new FixedWorker(_script).WorkSupervisor.Settings;

        Assert.Equal(500, settings.RestartDelayMs);
        Assert.Equal(1000, settings.ShutdownTimeoutMs);
        Assert.True(settings.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => settings.RestartDelayMs = 1);
        Assert.Equal("Fixed 500 ms; restart always; shutdown 1 s", settings.ToString());
    }

    [Fact]
    public void New_settings_take_effect_at_once_while_the_supervisor_is_idle_and_are_logged()
    {
        var logger = new FakeLogger();
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        supervisor.Logger = logger;

        supervisor.UpdateSettings(new SupervisorSettings(supervisor.Settings) { RestartDelayMs = 100 });

        Assert.Equal(100, supervisor.Settings.RestartDelayMs);
        var changed = Assert.Single(logger.Collector.GetSnapshot(), record => record.Id.Id == 17);
        Assert.Contains("Fixed 100 ms", changed.Message, StringComparison.Ordinal);
        Assert.Contains("was: Fixed 500 ms", changed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_settings_given_during_a_run_take_effect_at_the_next_restart_decision()
    {
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        await using var run = SupervisorRun.Start(supervisor);
        var first = await _script.NextRunAsync();

        supervisor.UpdateSettings(new SupervisorSettings(supervisor.Settings) { RestartDelayMs = 100 });
        Assert.Equal(500, supervisor.Settings.RestartDelayMs);
        first.Fail(new InvalidOperationException());
        await run.WaitForAsync(SupervisorState.WaitingToRestart);

        Assert.Equal(100, supervisor.Settings.RestartDelayMs);
        Assert.Equal(run.Time.GetUtcNow().AddMilliseconds(100), supervisor.NextRestartAt);
        run.Advance(100);
        Assert.Equal(2, (await _script.NextRunAsync()).Number);
    }

    [Fact]
    public async Task An_immediate_worker_given_a_delay_leaves_its_fast_path_and_waits()
    {
        var supervisor = new ImmediateWorker(_script).WorkSupervisor;
        await using var run = SupervisorRun.Start(supervisor);
        var first = await _script.NextRunAsync();

        supervisor.UpdateSettings(new SupervisorSettings(supervisor.Settings) { Policy = RestartPolicy.Fixed, RestartDelayMs = 1000 });
        first.Fail(new InvalidOperationException());
        await run.WaitForAsync(SupervisorState.WaitingToRestart);
        run.Advance(999);
        Assert.False(_script.HasPendingRun);
        run.Advance(1);

        Assert.Equal(2, (await _script.NextRunAsync()).Number);
    }

    [Fact]
    public void What_the_generated_loop_is_written_for_cannot_change()
    {
        var supervisor = new StopOnWorker(_script).WorkSupervisor;

        var mode = Assert.Throws<ArgumentException>(() => supervisor.UpdateSettings(new SupervisorSettings(supervisor.Settings) { Restart = RestartMode.Never }));
        var filters = Assert.Throws<ArgumentException>(() => supervisor.UpdateSettings(new SupervisorSettings(supervisor.Settings) { StopOn = new[] { typeof(TimeoutException) } }));
        var invalid = Assert.Throws<ArgumentException>(() => supervisor.UpdateSettings(new SupervisorSettings(supervisor.Settings) { RestartDelayMs = -5, MaxDelayMs = 0 }));

        Assert.Contains("Restart is Always in the code", mode.Message, StringComparison.Ordinal);
        Assert.Contains("StopOn and RestartOn cannot change", filters.Message, StringComparison.Ordinal);
        Assert.Contains("RestartDelayMs is -5", invalid.Message, StringComparison.Ordinal);
        Assert.Contains("MaxDelayMs is 0", invalid.Message, StringComparison.Ordinal);
        Assert.Equal(RestartPolicy.Immediate, supervisor.Settings.Policy);
    }
}

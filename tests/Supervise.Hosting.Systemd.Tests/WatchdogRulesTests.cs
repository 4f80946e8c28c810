using Microsoft.Extensions.DependencyInjection;

namespace Supervise.Hosting.Systemd.Tests;

public sealed class WatchdogRulesTests
{
    [Theory]
    [InlineData(SupervisorState.Faulted, true)]
    [InlineData(SupervisorState.Unstopped, true)]
    [InlineData(SupervisorState.Running, false)]
    [InlineData(SupervisorState.WaitingToRestart, false)]
    [InlineData(SupervisorState.CircuitOpen, false)]
    [InlineData(SupervisorState.WaitingForLease, false)]
    [InlineData(SupervisorState.Stopping, false)]
    [InlineData(SupervisorState.Stopped, false)]
    [InlineData(SupervisorState.NotStarted, false)]
    public void Only_a_supervisor_that_cannot_recover_by_itself_stops_the_pings(SupervisorState state, bool withholds) =>
        Assert.Equal(withholds, SupervisedSystemdWatchdog.IsBeyondSelfHealing(state));

    [Theory]
    [InlineData("10000000", null, 10_000)]
    [InlineData("500000", "4242", 500)]
    [InlineData("500000", "", 500)]
    [InlineData("500000", "4243", null)]
    [InlineData("500000", "x", null)]
    [InlineData("0", null, null)]
    [InlineData("-1", null, null)]
    [InlineData("ten", null, null)]
    [InlineData(null, null, null)]
    public void The_interval_is_WATCHDOG_USEC_when_it_is_meant_for_this_process(string? usec, string? pid, int? expectedMs)
    {
        var interval = SystemdWatchdogInterval.FromEnvironment(
            name => name switch { "WATCHDOG_USEC" => usec, "WATCHDOG_PID" => pid, _ => null },
            processId: 4242);

        Assert.Equal(expectedMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null, interval);
    }

    [Fact]
    public void A_ping_interval_not_shorter_than_the_watchdog_interval_is_refused()
    {
        var services = new ServiceCollection();

        var refused = Assert.Throws<ArgumentException>(() => services.AddSupervisedSystemdWatchdog(options =>
        {
            options.WatchdogInterval = TimeSpan.FromSeconds(10);
            options.PingInterval = TimeSpan.FromSeconds(10);
        }));

        Assert.Contains("shorter than the watchdog interval", refused.Message, StringComparison.Ordinal);
    }
}

using Verify = Supervise.Analyzers.Tests.Support.CodeFixVerifier<Supervise.Analyzers.Usage.SpinningRestartPolicyRule, Supervise.CodeFixes.AddRestartLimitCodeFix>;

namespace Supervise.Analyzers.Tests.Fixes;

public sealed class AddRestartLimitFixTests
{
    [Fact]
    public Task A_limit_of_five_restarts_a_minute_follows_the_policy() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised({|SUP006:Policy = RestartPolicy.Immediate|}, ShutdownTimeoutMs = 100)]
            private Task PumpAsync(CancellationToken stoppingToken) => Task.Delay(1, stoppingToken);
        }
        """, """
        partial class Pump
        {
            [Supervised(Policy = RestartPolicy.Immediate, MaxRestarts = 5, RestartWindowMs = 60_000, ShutdownTimeoutMs = 100)]
            private Task PumpAsync(CancellationToken stoppingToken) => Task.Delay(1, stoppingToken);
        }
        """);

    [Fact]
    public Task A_window_already_written_is_kept() => Verify.VerifyFixAsync("""
        partial class Pump
        {
            [Supervised(RestartWindowMs = 1000, {|SUP006:Policy = RestartPolicy.Immediate|})]
            private Task PumpAsync(CancellationToken stoppingToken) => Task.Delay(1, stoppingToken);
        }
        """, """
        partial class Pump
        {
            [Supervised(RestartWindowMs = 1000, Policy = RestartPolicy.Immediate, MaxRestarts = 5)]
            private Task PumpAsync(CancellationToken stoppingToken) => Task.Delay(1, stoppingToken);
        }
        """);
}

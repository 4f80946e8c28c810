using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Usage.SpinningRestartPolicyRule>;

namespace Supervise.Analyzers.Tests.Usage;

public sealed class SpinningRestartPolicyTests
{
    private static DiagnosticResult Warning(int location) => new DiagnosticResult("SUP006", DiagnosticSeverity.Warning).WithLocation(location);

    private static string Worker(string arguments) =>
        $"partial class Pump {{ [Supervised({arguments})] Task WorkAsync(CancellationToken t) => Task.Delay(1, t); }}";

    [Fact]
    public Task Immediate_without_a_limit_is_a_warning_on_the_policy() => Verify.VerifyAsync(
        Worker("{|#0:Policy = RestartPolicy.Immediate|}"),
        Warning(0).WithArguments("WorkAsync"));

    [Fact]
    public Task Immediate_restarting_only_failures_spins_too() => Verify.VerifyAsync(
        Worker("Restart = RestartMode.OnFailure, {|#0:Policy = RestartPolicy.Immediate|}"),
        Warning(0));

    [Fact]
    public Task A_restart_limit_bounds_it() => Verify.VerifyAsync(
        Worker("Policy = RestartPolicy.Immediate, MaxRestarts = 5, RestartWindowMs = 60_000"));

    [Fact]
    public Task A_lifetime_limit_bounds_it() => Verify.VerifyAsync(
        Worker("Policy = RestartPolicy.Immediate, MaxRestarts = 0"));

    [Fact]
    public Task A_circuit_breaker_bounds_it() => Verify.VerifyAsync(
        Worker("Policy = RestartPolicy.Immediate, CircuitBreakerThreshold = 3"));

    [Fact]
    public Task Never_restarting_cannot_spin() => Verify.VerifyAsync(
        Worker("Policy = RestartPolicy.Immediate, Restart = RestartMode.Never"));

    [Fact]
    public Task A_delay_policy_cannot_spin() => Verify.VerifyAsync(
        Worker("Policy = RestartPolicy.Fixed, RestartDelayMs = 100"));

    [Fact]
    public Task A_limit_that_is_invalid_is_left_to_SUP003() => Verify.VerifyAsync(
        Worker("Policy = RestartPolicy.Immediate, MaxRestarts = -4"));
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Usage.IgnoredSupervisedOptionRule>;

namespace Supervise.Analyzers.Tests.Usage;

public sealed class IgnoredSupervisedOptionTests
{
    private static DiagnosticResult Warning(int location) => new DiagnosticResult("SUP005", DiagnosticSeverity.Warning).WithLocation(location);

    private static string Worker(string arguments) =>
        $"partial class Pump {{ [Supervised({arguments})] Task WorkAsync(CancellationToken t) => Task.Delay(1, t); }}";

    [Fact]
    public Task A_delay_with_the_Immediate_policy_is_a_warning_on_its_argument() => Verify.VerifyAsync(
        Worker("Policy = RestartPolicy.Immediate, {|#0:RestartDelayMs = 200|}"),
        Warning(0).WithArguments("WorkAsync", "RestartDelayMs has no effect with RestartPolicy.Immediate, which restarts without a delay"));

    [Fact]
    public Task Jitter_with_the_Immediate_policy_is_a_warning() => Verify.VerifyAsync(
        Worker("Policy = RestartPolicy.Immediate, {|#0:Jitter = false|}"),
        Warning(0));

    [Fact]
    public Task Restart_options_with_Never_are_warnings() => Verify.VerifyAsync(
        Worker("Restart = RestartMode.Never, {|#0:MaxRestarts = 3|}, {|#1:Policy = RestartPolicy.Backoff|}"),
        Warning(0).WithArguments("WorkAsync", "MaxRestarts has no effect with RestartMode.Never, which never restarts the worker"),
        Warning(1));

    [Fact]
    public Task A_value_that_is_invalid_as_well_is_left_to_SUP003() => Verify.VerifyAsync(
        Worker("Policy = RestartPolicy.Immediate, RestartDelayMs = -5"));

    [Fact]
    public Task The_Immediate_policy_without_delay_options_is_clean() => Verify.VerifyAsync(
        Worker("Policy = RestartPolicy.Immediate, MaxRestarts = 10"));

    [Fact]
    public Task Never_without_restart_options_is_clean() => Verify.VerifyAsync(
        Worker("Restart = RestartMode.Never, ShutdownTimeoutMs = 100, Name = \"once\""));

    [Fact]
    public Task Jitter_with_the_Backoff_policy_is_clean() => Verify.VerifyAsync(
        Worker("Policy = RestartPolicy.Backoff, Jitter = false"));

    [Fact]
    public Task The_warnings_can_be_turned_off_without_hiding_the_errors() => Support.AnalyzerVerifier<Supervise.Analyzers.Usage.InvalidSupervisedOptionRule>.VerifyAsync(
        Worker("Policy = RestartPolicy.Immediate, RestartDelayMs = 200, {|#0:MaxDelayMs = 0|}"),
        "dotnet_diagnostic.SUP005.severity = none",
        new DiagnosticResult("SUP003", DiagnosticSeverity.Error).WithLocation(0).WithArguments("WorkAsync", "MaxDelayMs is 0; it must be more than 0"));

    [Fact]
    public Task A_cap_with_the_Fixed_policy_is_a_warning() => Verify.VerifyAsync(
        Worker("Policy = RestartPolicy.Fixed, {|#0:MaxDelayMs = 5000|}"),
        Warning(0).WithArguments("WorkAsync", "MaxDelayMs has no effect with RestartPolicy.Fixed, which waits RestartDelayMs every time; only Backoff grows the delay up to it"));

    [Fact]
    public Task A_cap_with_the_default_policy_is_a_warning_too() => Verify.VerifyAsync(
        Worker("RestartDelayMs = 100, {|#0:MaxDelayMs = 5000|}"),
        Warning(0));

    [Fact]
    public Task A_cap_with_the_Backoff_policy_is_clean() => Verify.VerifyAsync(
        Worker("Policy = RestartPolicy.Backoff, MaxDelayMs = 5000"));
}

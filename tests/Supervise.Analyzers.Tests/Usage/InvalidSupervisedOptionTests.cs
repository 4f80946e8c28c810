using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Usage.InvalidSupervisedOptionRule>;

namespace Supervise.Analyzers.Tests.Usage;

public sealed class InvalidSupervisedOptionTests
{
    private static DiagnosticResult Error(int location) => new DiagnosticResult("SUP003", DiagnosticSeverity.Error).WithLocation(location);

    private static string Worker(string arguments) =>
        $"partial class Pump {{ [Supervised({arguments})] Task WorkAsync(CancellationToken t) => Task.Delay(1, t); }}";

    [Fact]
    public Task A_negative_delay_is_an_error_on_its_argument() => Verify.VerifyAsync(
        Worker("{|#0:RestartDelayMs = -1|}"),
        Error(0).WithArguments("WorkAsync", "RestartDelayMs is -1; it must be 0 or more"));

    [Fact]
    public Task A_backoff_cap_below_the_first_delay_is_an_error() => Verify.VerifyAsync(
        Worker("Policy = RestartPolicy.Backoff, RestartDelayMs = 1000, {|#0:MaxDelayMs = 10|}"),
        Error(0));

    [Fact]
    public Task A_restart_window_without_MaxRestarts_is_an_error() => Verify.VerifyAsync(
        Worker("{|#0:RestartWindowMs = 60000|}"),
        Error(0));

    [Fact]
    public Task A_heartbeat_timeout_without_a_context_is_an_error() => Verify.VerifyAsync(
        Worker("{|#0:HeartbeatTimeoutMs = 1000|}"),
        Error(0));

    [Fact]
    public Task A_StopOn_type_that_is_not_an_exception_is_an_error_on_that_element() => Verify.VerifyAsync(
        Worker("StopOn = new[] { typeof(InvalidOperationException), {|#0:typeof(string)|} }"),
        Error(0).WithArguments("WorkAsync", "string in StopOn is not an exception type"));

    [Fact]
    public Task A_RestartOn_element_written_as_a_collection_expression_is_pointed_at() => Verify.VerifyAsync(
        Worker("RestartOn = [typeof(TimeoutException), {|#0:typeof(int)|}]"),
        Error(0).WithArguments("WorkAsync", "int in RestartOn is not an exception type"));

    [Fact]
    public Task A_StopOn_type_listed_twice_is_an_error_on_the_second() => Verify.VerifyAsync(
        Worker("StopOn = new[] { typeof(TimeoutException), {|#0:typeof(TimeoutException)|} }"),
        Error(0));

    [Fact]
    public Task A_StopOn_type_shadowed_by_its_base_listed_earlier_is_an_error() => Verify.VerifyAsync(
        Worker("StopOn = new[] { typeof(InvalidOperationException), {|#0:typeof(ObjectDisposedException)|} }"),
        Error(0));

    [Fact]
    public Task An_attribute_without_values_is_clean() => Verify.VerifyAsync(Worker(string.Empty));

    [Fact]
    public Task A_valid_backoff_is_clean() => Verify.VerifyAsync(
        Worker("Policy = RestartPolicy.Backoff, RestartDelayMs = 100, MaxDelayMs = 10000, MaxRestarts = 5, RestartWindowMs = 60000"));

    [Fact]
    public Task A_cap_below_the_delay_with_the_Fixed_policy_is_clean() => Verify.VerifyAsync(
        Worker("RestartDelayMs = 1000, MaxDelayMs = 10"));

    [Fact]
    public Task Unrelated_StopOn_exceptions_are_clean() => Verify.VerifyAsync(
        Worker("StopOn = new[] { typeof(TimeoutException), typeof(InvalidOperationException) }"));

    [Fact]
    public Task A_heartbeat_timeout_with_a_context_is_clean() => Verify.VerifyAsync(
        "partial class Pump { [Supervised(HeartbeatTimeoutMs = 1000)] Task WorkAsync(SupervisionContext c) => Task.Delay(1, c.StoppingToken); }");

    [Fact]
    public Task Disjoint_StopOn_and_RestartOn_lists_are_clean() => Verify.VerifyAsync(
        Worker("StopOn = new[] { typeof(UnauthorizedAccessException) }, RestartOn = new[] { typeof(TimeoutException) }"));

    [Fact]
    public Task A_circuit_breaker_is_clean() => Verify.VerifyAsync(
        Worker("CircuitBreakerThreshold = 3, CircuitBreakerDurationMs = 5000, ResetAfterMs = 0"));

    [Fact]
    public Task OnFailure_with_restart_options_is_clean() => Verify.VerifyAsync(
        Worker("Restart = RestartMode.OnFailure, Policy = RestartPolicy.Backoff, MaxRestarts = 3"));

    [Fact]
    public Task A_zero_delay_is_clean() => Verify.VerifyAsync(Worker("RestartDelayMs = 0, ShutdownTimeoutMs = 0"));
}

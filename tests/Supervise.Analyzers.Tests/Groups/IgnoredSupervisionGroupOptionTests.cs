using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Usage.IgnoredSupervisionGroupOptionRule>;

namespace Supervise.Analyzers.Tests.Groups;

public sealed class IgnoredSupervisionGroupOptionTests
{
    private const string Child = "[Supervised] Task PumpAsync(CancellationToken t) => Task.Delay(1, t);";

    private static DiagnosticResult Warning(int location) => new DiagnosticResult("SUP016", DiagnosticSeverity.Warning).WithLocation(location);

    [Fact]
    public Task A_window_on_a_group_without_a_limit_is_a_warning_on_the_window() => Verify.VerifyAsync(
        "[SupervisionGroup(MaxRestarts = -1, {|#0:RestartWindowMs = 10_000|})] partial class Ingest { " + Child + " }",
        Warning(0).WithArguments("Ingest", "RestartWindowMs has no effect with MaxRestarts = -1 (no limit); set MaxRestarts to the number of group restarts allowed in the window, or remove RestartWindowMs"));

    [Fact]
    public Task A_window_of_zero_without_a_limit_is_a_warning_too() => Verify.VerifyAsync(
        "[SupervisionGroup({|#0:RestartWindowMs = 0|}, MaxRestarts = -1)] partial class Ingest { " + Child + " }",
        Warning(0).WithArguments("Ingest", "RestartWindowMs has no effect with MaxRestarts = -1 (no limit); set MaxRestarts to the number of group restarts allowed in the window, or remove RestartWindowMs"));

    [Fact]
    public Task No_limit_without_a_window_is_clean() => Verify.VerifyAsync(
        "[SupervisionGroup(MaxRestarts = -1)] partial class Ingest { " + Child + " }");

    [Fact]
    public Task A_window_with_a_limit_is_clean() => Verify.VerifyAsync(
        "[SupervisionGroup(MaxRestarts = 5, RestartWindowMs = 10_000)] partial class Ingest { " + Child + " }");

    [Fact]
    public Task A_window_with_the_default_limit_is_clean() => Verify.VerifyAsync(
        "[SupervisionGroup(RestartWindowMs = 10_000)] partial class Ingest { " + Child + " }");

    [Fact]
    public Task A_limit_the_group_cannot_run_with_is_left_to_SUP012() => Verify.VerifyAsync(
        "[SupervisionGroup(MaxRestarts = -2, RestartWindowMs = 10_000)] partial class Ingest { " + Child + " }");
}

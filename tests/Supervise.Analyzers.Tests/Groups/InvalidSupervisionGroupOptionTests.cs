using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Usage.InvalidSupervisionGroupOptionRule>;

namespace Supervise.Analyzers.Tests.Groups;

public sealed class InvalidSupervisionGroupOptionTests
{
    private static DiagnosticResult Error(int location) => new DiagnosticResult("SUP012", DiagnosticSeverity.Error).WithLocation(location);

    private static string Group(string arguments) =>
        $"[SupervisionGroup({arguments})] partial class Ingest {{ [Supervised] Task ConnectAsync(CancellationToken t) => Task.Delay(1, t); }}";

    [Fact]
    public Task MaxRestarts_below_minus_one_is_an_error_on_its_argument() => Verify.VerifyAsync(
        Group("{|#0:MaxRestarts = -2|}"),
        Error(0).WithArguments("Ingest", "MaxRestarts is -2; it must be 0 or more, or -1 for no limit"));

    [Fact]
    public Task A_negative_window_is_an_error() => Verify.VerifyAsync(
        Group("{|#0:RestartWindowMs = -1|}"),
        Error(0).WithArguments("Ingest", "RestartWindowMs is -1; it must be 0 (the group's whole run) or more"));

    [Fact]
    public Task Values_outside_their_enums_are_errors() => Verify.VerifyAsync(
        Group("{|#0:Strategy = (SupervisionStrategy)7|}, {|#1:AutoShutdown = (AutoShutdown)(-1)|}"),
        Error(0).WithArguments("Ingest", "Strategy 7 is not a SupervisionStrategy value"),
        Error(1).WithArguments("Ingest", "AutoShutdown -1 is not an AutoShutdown value"));

    [Fact]
    public Task A_blank_name_is_an_error() => Verify.VerifyAsync(
        Group("{|#0:Name = \" \"|}"),
        Error(0).WithArguments("Ingest", "Name is empty; leave it out to use the type's name"));

    [Fact]
    public Task Every_invalid_value_is_reported() => Verify.VerifyAsync(
        Group("{|#0:MaxRestarts = -5|}, {|#1:RestartWindowMs = -1000|}"),
        Error(0),
        Error(1));

    [Fact]
    public Task The_limits_themselves_are_valid() => Verify.VerifyAsync(
        Group("MaxRestarts = -1, RestartWindowMs = 0, Strategy = SupervisionStrategy.RestForOne, AutoShutdown = AutoShutdown.Never, Name = \"ingest\""));

    [Fact]
    public Task The_invalid_values_are_reported_on_a_group_without_children_too() => Verify.VerifyAsync(
        "[SupervisionGroup({|#0:MaxRestarts = -2|})] partial class Empty { }",
        Error(0));
}

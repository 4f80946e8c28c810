using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Usage.AutoShutdownWithoutSignificantChildRule>;

namespace Supervise.Analyzers.Tests.Groups;

public sealed class AutoShutdownWithoutSignificantChildTests
{
    private const string Children =
        "[Supervised(Restart = RestartMode.OnFailure)] Task CopyAsync(CancellationToken t) => Task.Delay(1, t); " +
        "[Supervised] Task ReportAsync(CancellationToken t) => Task.Delay(1, t);";

    private static DiagnosticResult Warning(int location) => new DiagnosticResult("SUP011", DiagnosticSeverity.Warning).WithLocation(location);

    [Fact]
    public Task AnySignificant_without_a_significant_child_is_a_warning_on_the_argument() => Verify.VerifyAsync(
        $"[SupervisionGroup({{|#0:AutoShutdown = AutoShutdown.AnySignificant|}})] partial class Import {{ {Children} }}",
        Warning(0).WithArguments("Import", "AnySignificant"));

    [Fact]
    public Task AllSignificant_without_a_significant_child_is_a_warning() => Verify.VerifyAsync(
        $"[SupervisionGroup(Strategy = SupervisionStrategy.OneForAll, {{|#0:AutoShutdown = AutoShutdown.AllSignificant|}})] partial class Import {{ {Children} }}",
        Warning(0).WithArguments("Import", "AllSignificant"));

    [Fact]
    public Task A_significant_static_worker_is_no_child_and_does_not_count() => Verify.VerifyAsync(
        "[SupervisionGroup({|#0:AutoShutdown = AutoShutdown.AnySignificant|})] partial class Import { " +
        "[Supervised] Task CopyAsync(CancellationToken t) => Task.Delay(1, t); " +
        "[Supervised(Restart = RestartMode.Never, Significant = true)] static Task CleanAsync(CancellationToken t) => Task.Delay(1, t); }",
        Warning(0));

    [Fact]
    public Task One_significant_child_is_enough() => Verify.VerifyAsync(
        "[SupervisionGroup(AutoShutdown = AutoShutdown.AllSignificant)] partial class Import { " +
        "[Supervised(Restart = RestartMode.OnFailure, Significant = true)] Task CopyAsync(CancellationToken t) => Task.Delay(1, t); " +
        "[Supervised] Task ReportAsync(CancellationToken t) => Task.Delay(1, t); }");

    [Fact]
    public Task Without_auto_shutdown_nothing_needs_a_significant_child() => Verify.VerifyAsync(
        $"[SupervisionGroup(AutoShutdown = AutoShutdown.Never)] partial class Import {{ {Children} }}");

    [Fact]
    public Task A_group_without_children_is_left_to_SUP010() => Verify.VerifyAsync(
        "[SupervisionGroup(AutoShutdown = AutoShutdown.AnySignificant)] partial class Import { }");
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Usage.IgnoredSignificantRule>;

namespace Supervise.Analyzers.Tests.Groups;

public sealed class IgnoredSignificantTests
{
    private static DiagnosticResult Warning(int location) => new DiagnosticResult("SUP015", DiagnosticSeverity.Warning).WithLocation(location);

    [Fact]
    public Task Significant_outside_a_group_is_a_warning_on_the_argument() => Verify.VerifyAsync(
        "partial class Import { [Supervised(Restart = RestartMode.OnFailure, {|#0:Significant = true|})] Task CopyAsync(CancellationToken t) => Task.Delay(1, t); }",
        Warning(0).WithArguments("CopyAsync", "'Import' has no [SupervisionGroup], so the worker is no group's child"));

    [Fact]
    public Task Significant_in_a_group_that_never_shuts_down_is_a_warning() => Verify.VerifyAsync(
        "[SupervisionGroup] partial class Import { [Supervised(Restart = RestartMode.Never, {|#0:Significant = true|})] Task CopyAsync(CancellationToken t) => Task.Delay(1, t); }",
        Warning(0).WithArguments("CopyAsync", "its group's AutoShutdown is Never; set AutoShutdown = AutoShutdown.AnySignificant or AllSignificant for its end to end the group"));

    [Fact]
    public Task Significant_in_a_group_with_auto_shutdown_is_clean() => Verify.VerifyAsync(
        "[SupervisionGroup(AutoShutdown = AutoShutdown.AnySignificant)] partial class Import { [Supervised(Restart = RestartMode.Never, Significant = true)] Task CopyAsync(CancellationToken t) => Task.Delay(1, t); }");

    [Fact]
    public Task Significant_false_is_clean_anywhere() => Verify.VerifyAsync(
        "partial class Import { [Supervised(Significant = false)] Task CopyAsync(CancellationToken t) => Task.Delay(1, t); }");

    [Fact]
    public Task Significant_with_Always_is_left_to_SUP003() => Verify.VerifyAsync(
        "partial class Import { [Supervised(Significant = true)] Task CopyAsync(CancellationToken t) => Task.Delay(1, t); }");

    [Fact]
    public Task Significant_on_a_static_worker_of_a_group_type_is_left_to_SUP013() => Verify.VerifyAsync(
        "[SupervisionGroup] partial class Import { [Supervised] Task CopyAsync(CancellationToken t) => Task.Delay(1, t); [Supervised(Restart = RestartMode.Never, Significant = true)] static Task CleanAsync(CancellationToken t) => Task.Delay(1, t); }");
}

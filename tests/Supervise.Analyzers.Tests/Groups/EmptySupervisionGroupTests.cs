using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Usage.EmptySupervisionGroupRule>;

namespace Supervise.Analyzers.Tests.Groups;

public sealed class EmptySupervisionGroupTests
{
    private static DiagnosticResult Warning(int location) => new DiagnosticResult("SUP010", DiagnosticSeverity.Warning).WithLocation(location);

    [Fact]
    public Task A_group_type_without_any_worker_is_a_warning_on_the_attribute() => Verify.VerifyAsync(
        "[{|#0:SupervisionGroup(Strategy = SupervisionStrategy.OneForAll)|}] partial class Ingest { }",
        Warning(0).WithArguments("Ingest"));

    [Fact]
    public Task A_group_type_whose_only_worker_is_static_has_no_children() => Verify.VerifyAsync(
        "[{|#0:SupervisionGroup|}] partial class Ingest { [Supervised] static Task ConnectAsync(CancellationToken t) => Task.Delay(1, t); }",
        Warning(0));

    [Fact]
    public Task A_group_type_whose_only_worker_has_keys_has_no_children() => Verify.VerifyAsync(
        "[{|#0:SupervisionGroup|}] partial class Ingest { [Supervised] Task ReadAsync(string queue, CancellationToken t) => Task.Delay(1, t); }",
        Warning(0));

    [Fact]
    public Task A_group_with_one_child_is_clean() => Verify.VerifyAsync(
        "[SupervisionGroup] partial class Ingest { [Supervised] Task ConnectAsync(CancellationToken t) => Task.Delay(1, t); }");

    [Fact]
    public Task A_child_rejected_for_its_signature_still_counts_its_own_error_says_why() => Verify.VerifyAsync(
        "[SupervisionGroup] partial class Ingest { [Supervised] Task<int> ConnectAsync(CancellationToken t) => Task.FromResult(1); }");

    [Fact]
    public Task A_type_without_the_attribute_is_no_group() => Verify.VerifyAsync(
        "partial class Ingest { [Supervised] static Task ConnectAsync(CancellationToken t) => Task.Delay(1, t); }");
}

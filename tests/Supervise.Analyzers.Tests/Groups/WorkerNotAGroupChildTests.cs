using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Usage.WorkerNotAGroupChildRule>;

namespace Supervise.Analyzers.Tests.Groups;

public sealed class WorkerNotAGroupChildTests
{
    private static DiagnosticResult Warning(int location) => new DiagnosticResult("SUP013", DiagnosticSeverity.Warning).WithLocation(location);

    [Fact]
    public Task A_static_worker_of_a_group_type_is_a_warning_saying_it_is_not_a_child() => Verify.VerifyAsync(
        "[SupervisionGroup] partial class Ingest { [Supervised] Task ConnectAsync(CancellationToken t) => Task.Delay(1, t); " +
        "[Supervised] static Task {|#0:CleanUpAsync|}(CancellationToken t) => Task.Delay(1, t); }",
        Warning(0).WithArguments(
            "CleanUpAsync",
            "Ingest",
            "a static worker belongs to the type, not to the instance whose Group runs the children; it is supervised on its own, by the static 'CleanUpSupervisor', and AddSupervisedWorkers<T>() does not run it"));

    [Fact]
    public Task A_worker_with_keys_of_a_group_type_is_a_warning() => Verify.VerifyAsync(
        "[SupervisionGroup(Name = \"ingest\")] partial class Ingest { [Supervised] Task ConnectAsync(CancellationToken t) => Task.Delay(1, t); " +
        "[Supervised] Task {|#0:ReadAsync|}(string queue, CancellationToken t) => Task.Delay(1, t); }",
        Warning(0).WithArguments("ReadAsync", "ingest", "a worker with keys is supervised once per key by its own SupervisorSet, 'ReadSupervisors', beside the group, not in it"));

    [Fact]
    public Task Instance_workers_without_keys_are_the_children() => Verify.VerifyAsync(
        "[SupervisionGroup] partial class Ingest { [Supervised] Task ConnectAsync(CancellationToken t) => Task.Delay(1, t); [Supervised] void Consume(CancellationToken t) { } }");

    [Fact]
    public Task A_static_worker_of_a_type_without_a_group_is_clean() => Verify.VerifyAsync(
        "partial class Jobs { [Supervised] static Task CleanUpAsync(CancellationToken t) => Task.Delay(1, t); }");

    [Fact]
    public Task A_method_whose_signature_is_rejected_is_left_to_its_own_error() => Verify.VerifyAsync(
        "[SupervisionGroup] partial class Ingest { [Supervised] Task ConnectAsync(CancellationToken t) => Task.Delay(1, t); [Supervised] static Task<int> CountAsync<T>(CancellationToken t) => Task.FromResult(1); }");
}

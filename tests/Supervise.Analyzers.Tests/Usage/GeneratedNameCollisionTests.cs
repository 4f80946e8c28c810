using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Usage.GeneratedNameCollisionRule>;

namespace Supervise.Analyzers.Tests.Usage;

public sealed class GeneratedNameCollisionTests
{
    private static DiagnosticResult Error(int location) => new DiagnosticResult("SUP004", DiagnosticSeverity.Error).WithLocation(location);

    [Fact]
    public Task A_taken_property_name_is_reported_naming_it() => Verify.VerifyAsync(
        "partial class Pump { public int PumpSupervisor; [Supervised] Task {|#0:PumpAsync|}(CancellationToken t) => Task.Delay(1, t); }",
        Error(0).WithArguments("PumpAsync", "the generated member 'PumpSupervisor' would clash with a member of that name in 'Pump' or a base type"));

    [Fact]
    public Task A_taken_nested_class_name_is_reported() => Verify.VerifyAsync(
        "partial class Pump { class __PumpSupervisor { } [Supervised] Task {|#0:PumpAsync|}(CancellationToken t) => Task.Delay(1, t); }",
        Error(0));

    [Fact]
    public Task A_taken_field_name_is_reported() => Verify.VerifyAsync(
        "partial class Pump { object __PumpSupervisorInstance = new(); [Supervised] Task {|#0:PumpAsync|}(CancellationToken t) => Task.Delay(1, t); }",
        Error(0));

    [Fact]
    public Task A_property_named_like_its_type_is_reported() => Verify.VerifyAsync(
        "partial class WorkSupervisor { [Supervised] Task {|#0:WorkAsync|}(CancellationToken t) => Task.Delay(1, t); }",
        Error(0).WithArguments("WorkAsync", "the generated member 'WorkSupervisor' would have the name of its type"));

    [Fact]
    public Task A_name_taken_by_a_visible_base_member_is_reported() => Verify.VerifyAsync(
        "class Base { protected void WorkSupervisor() { } } partial class Pump : Base { [Supervised] Task {|#0:WorkAsync|}(CancellationToken t) => Task.Delay(1, t); }",
        Error(0));

    [Fact]
    public Task Two_workers_that_want_the_same_property_are_both_reported() => Verify.VerifyAsync(
        "partial class Pump { [Supervised] Task {|#0:WorkAsync|}(CancellationToken t) => Task.Delay(1, t); [Supervised] void {|#1:Work|}(CancellationToken t) { } }",
        Error(0).WithArguments("WorkAsync", "'Work' would get the same supervisor property 'WorkSupervisor'; rename one of them"),
        Error(1));

    [Fact]
    public Task A_worker_whose_property_is_another_workers_nested_class_is_reported_with_it() => Verify.VerifyAsync(
        "partial class Pump { [Supervised] Task {|#0:PumpAsync|}(CancellationToken t) => Task.Delay(1, t); [Supervised] Task {|#1:__PumpAsync|}(CancellationToken t) => Task.Delay(1, t); }",
        Error(0).WithArguments("PumpAsync", "'__PumpAsync' would generate a member of the same name, '__PumpSupervisor'; rename one of them"),
        Error(1).WithArguments("__PumpAsync", "'PumpAsync' would generate a member of the same name, '__PumpSupervisor'; rename one of them"));

    [Fact]
    public Task A_private_base_member_of_the_same_name_is_not_reported() => Verify.VerifyAsync(
        "class Base { private int WorkSupervisor = 0; public int Read() => WorkSupervisor; } partial class Pump : Base { [Supervised] Task WorkAsync(CancellationToken t) => Task.Delay(1, t); }");

    [Fact]
    public Task Workers_with_distinct_names_are_not_reported() => Verify.VerifyAsync(
        "partial class Pump { [Supervised] Task ReadAsync(CancellationToken t) => Task.Delay(1, t); [Supervised] Task WriteAsync(CancellationToken t) => Task.Delay(1, t); }");

    [Fact]
    public Task A_rival_the_generator_skips_for_another_reason_is_not_a_clash() => Verify.VerifyAsync(
        "partial class Pump { [Supervised] Task WorkAsync(CancellationToken t) => Task.Delay(1, t); [Supervised(RestartDelayMs = -1)] void Work(CancellationToken t) { } }");

    [Fact]
    public Task A_member_named_like_the_method_itself_is_not_reported() => Verify.VerifyAsync(
        "partial class Pump { public int Work; [Supervised] Task WorkAsync(CancellationToken t) => Task.Delay(1, t); }");

    [Fact]
    public Task A_same_named_worker_in_another_type_is_not_reported() => Verify.VerifyAsync(
        "partial class Pump { [Supervised] Task WorkAsync(CancellationToken t) => Task.Delay(1, t); } partial class Drain { [Supervised] void Work(CancellationToken t) { } }");

    [Fact]
    public Task A_method_the_generator_rejects_for_its_signature_is_left_to_SUP002() => Verify.VerifyAsync(
        "partial class Pump { public int WorkSupervisor; [Supervised] int Work() => 0; }");
}

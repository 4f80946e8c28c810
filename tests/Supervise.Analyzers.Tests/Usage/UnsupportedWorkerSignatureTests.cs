using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Supervise.Analyzers.Tests.Support.AnalyzerVerifier<Supervise.Analyzers.Usage.UnsupportedWorkerSignatureRule>;

namespace Supervise.Analyzers.Tests.Usage;

public sealed class UnsupportedWorkerSignatureTests
{
    public static TheoryData<string, string> Rejected => new()
    {
        { "generic", "partial class Bad { [Supervised] Task {|SUP002:WorkAsync|}<T>(CancellationToken t) => Task.CompletedTask; }" },
        { "returns int", "partial class Bad { [Supervised] int {|SUP002:Work|}(CancellationToken t) => 0; }" },
        { "returns a list", "partial class Bad { [Supervised] System.Collections.Generic.List<int> {|SUP002:Work|}(CancellationToken t) => new(); }" },
        { "takes two tokens", "partial class Bad { [Supervised] Task {|SUP002:WorkAsync|}(CancellationToken a, CancellationToken b) => Task.CompletedTask; }" },
        { "takes a key by ref", "partial class Bad { [Supervised] Task {|SUP002:WorkAsync|}(ref int partition, CancellationToken t) => Task.CompletedTask; }" },
        { "takes a key by out", "partial class Bad { [Supervised] Task {|SUP002:WorkAsync|}(out int partition) { partition = 0; return Task.CompletedTask; } }" },
        { "takes a key by in", "partial class Bad { [Supervised] Task {|SUP002:WorkAsync|}(in int partition) => Task.CompletedTask; }" },
        { "takes a pointer key", "unsafe partial class Bad { [Supervised] Task {|SUP002:WorkAsync|}(int* partition) => Task.CompletedTask; }" },
        { "takes a ref struct key", "partial class Bad { [Supervised] void {|SUP002:Work|}(System.Span<int> partitions, CancellationToken t) { } }" },
        { "takes params", "partial class Bad { [Supervised] Task {|SUP002:WorkAsync|}(params string[] partitions) => Task.CompletedTask; }" },
        { "takes a key of a type parameter", "partial class Bad<T> { [Supervised] Task {|SUP002:WorkAsync|}(T key, CancellationToken t) => Task.CompletedTask; }" },
        { "takes a nullable value type key", "partial class Bad { [Supervised] Task {|SUP002:WorkAsync|}(int? shard, CancellationToken t) => Task.CompletedTask; }" },
        { "takes the token before a key", "partial class Bad { [Supervised] Task {|SUP002:WorkAsync|}(CancellationToken t, string partition) => Task.CompletedTask; }" },
        { "takes the token by ref", "partial class Bad { [Supervised] Task {|SUP002:WorkAsync|}(ref CancellationToken t) => Task.CompletedTask; }" },
        { "is async void", "partial class Bad { [Supervised] async void {|SUP002:Work|}(CancellationToken t) => await Task.Delay(1, t); }" },
        { "is abstract", "abstract partial class Bad { [Supervised] protected abstract Task {|SUP002:WorkAsync|}(CancellationToken t); }" },
        { "is a partial method without a body", "partial class Bad { [Supervised] partial void {|SUP002:Work|}(CancellationToken t); }" },
        { "is an instance method of a struct", "partial struct Bad { [Supervised] Task {|SUP002:WorkAsync|}(CancellationToken t) => Task.CompletedTask; }" },
        { "is an instance method of a record", "partial record Bad { [Supervised] Task {|SUP002:WorkAsync|}(CancellationToken t) => Task.CompletedTask; }" },
        { "is in an interface", "partial interface IBad { [Supervised] static Task {|SUP002:WorkAsync|}(CancellationToken t) => Task.CompletedTask; }" },
        { "is in a type nested in an interface", "partial interface IOuter { partial class Bad { [Supervised] Task {|SUP002:WorkAsync|}(CancellationToken t) => Task.CompletedTask; } }" },
        { "implements an interface explicitly", "interface IWork { Task WorkAsync(CancellationToken t); } partial class Bad : IWork { [Supervised] Task IWork.{|SUP002:WorkAsync|}(CancellationToken t) => Task.CompletedTask; }" },
        { "is an accessor", "partial class Bad { int Count { [Supervised] {|SUP002:get|} => 0; } }" },
        { "is a local function", "partial class Bad { void M() { [{|SUP002:Supervised|}] void Local() { } Local(); } }" },
        { "is a lambda", "partial class Bad { Action M() => [{|SUP002:Supervised|}] () => { }; }" },
    };

    public static TheoryData<string, string> Accepted => new()
    {
        { "Task with a token", "partial class Good { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "ValueTask with a context", "partial class Good { [Supervised] ValueTask WorkAsync(SupervisionContext c) => default; }" },
        { "void without parameters", "partial class Good { [Supervised] void Work() { } }" },
        { "a token and a context", "partial class Good { [Supervised] Task WorkAsync(CancellationToken t, SupervisionContext c) => Task.CompletedTask; }" },
        { "a context and a token", "partial class Good { [Supervised] Task WorkAsync(SupervisionContext c, CancellationToken t) => Task.CompletedTask; }" },
        { "static in a struct", "partial struct Good { [Supervised] static Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "static in a record", "partial record Good { [Supervised] static Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "a partial method with a body", "partial class Good { [Supervised] private partial Task WorkAsync(CancellationToken t); private partial Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "a method of a generic type", "partial class Good<T> { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "ValueTask without parameters", "partial class Good { [Supervised] ValueTask WorkAsync() => default; }" },
        { "void with a token", "partial class Good { [Supervised] void Work(CancellationToken t) { } }" },
        { "void with a context", "partial class Good { [Supervised] void Work(SupervisionContext c) { } }" },
        { "an async Task", "partial class Good { [Supervised] async Task WorkAsync(CancellationToken t) => await Task.Delay(1, t); }" },
        { "a method of a nested partial class", "partial class Outer { partial class Good { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; } }" },
        { "an obsolete method", "partial class Good { [Obsolete][Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "a method named with a keyword", "partial class Good { [Supervised] Task @event(CancellationToken t) => Task.CompletedTask; }" },
        { "an override", "class Base { protected virtual Task WorkAsync(CancellationToken t) => Task.CompletedTask; } partial class Good : Base { [Supervised] protected override Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "static in a record struct", "partial record struct Good { [Supervised] static Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "Task<T>, whose result is ignored", "partial class Good { [Supervised] Task<int> WorkAsync(CancellationToken t) => Task.FromResult(0); }" },
        { "ValueTask<T>, whose result is ignored", "partial class Good { [Supervised] ValueTask<string> WorkAsync(CancellationToken t) => new(\"done\"); }" },
        { "a key before the token", "partial class Good { [Supervised] Task ConsumeAsync(string partition, CancellationToken t) => Task.CompletedTask; }" },
        { "keys before a context and a token", "partial class Good { [Supervised] Task ConsumeAsync(string topic, int partition, SupervisionContext c, CancellationToken t) => Task.CompletedTask; }" },
        { "a key without a token", "partial class Good { [Supervised] void Import(System.IO.FileInfo file) { } }" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public Task A_method_the_generator_rejects_is_reported(string why, string source)
    {
        Assert.NotEmpty(why);
        return Verify.VerifyAsync(source);
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public Task A_method_the_generator_accepts_is_not_reported(string why, string source)
    {
        Assert.NotEmpty(why);
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task The_message_names_the_parameters_that_are_wrong() => Verify.VerifyAsync(
        "partial class Bad { [Supervised] Task {|#0:WorkAsync|}(CancellationToken t, int retries) => Task.CompletedTask; }",
        new DiagnosticResult("SUP002", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "WorkAsync",
            "it takes (CancellationToken, int); the CancellationToken and SupervisionContext come last, after the parameters that key its supervisors"));

    [Fact]
    public Task The_message_says_why_a_key_passed_by_reference_cannot_be_kept() => Verify.VerifyAsync(
        "partial class Bad { [Supervised] Task {|#0:WorkAsync|}(ref int partition, CancellationToken t) => Task.CompletedTask; }",
        new DiagnosticResult("SUP002", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "WorkAsync",
            "it takes (ref int, CancellationToken): a parameter before the token is a key, kept by its supervisor and passed to every run, so it cannot be ref, out or in"));

    [Fact]
    public Task The_message_names_the_return_type_that_is_wrong() => Verify.VerifyAsync(
        "partial class Bad { [Supervised] int {|#0:Work|}() => 1; }",
        new DiagnosticResult("SUP002", DiagnosticSeverity.Error).WithLocation(0).WithArguments("Work", "it returns int; return Task, ValueTask, Task<T>, ValueTask<T> (the result is ignored) or void"));
}

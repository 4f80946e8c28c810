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
        { "returns Task<int>", "partial class Bad { [Supervised] Task<int> {|SUP002:WorkAsync|}(CancellationToken t) => Task.FromResult(0); }" },
        { "takes two tokens", "partial class Bad { [Supervised] Task {|SUP002:WorkAsync|}(CancellationToken a, CancellationToken b) => Task.CompletedTask; }" },
        { "takes a string", "partial class Bad { [Supervised] Task {|SUP002:WorkAsync|}(string s) => Task.CompletedTask; }" },
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
            "it takes (CancellationToken, int); take nothing, a CancellationToken, a SupervisionContext, or both"));

    [Fact]
    public Task The_message_names_the_return_type_that_is_wrong() => Verify.VerifyAsync(
        "partial class Bad { [Supervised] Task<int> {|#0:WorkAsync|}() => Task.FromResult(1); }",
        new DiagnosticResult("SUP002", DiagnosticSeverity.Error).WithLocation(0).WithArguments("WorkAsync", "it returns Task<int>; return Task, ValueTask or void"));
}

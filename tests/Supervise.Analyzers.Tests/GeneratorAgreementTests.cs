using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Supervise.Analyzers.Tests.Support;

namespace Supervise.Analyzers.Tests;

/// <summary>
/// The usage rules (SUP001–SUP004) must report exactly the workers the generator skips: for every
/// <c>[Supervised]</c> method, the real generator wrote its supervisor property if and only if no
/// usage error points into that method.
/// </summary>
public sealed class GeneratorAgreementTests
{
    private static readonly string[] UsageRules = ["SUP001", "SUP002", "SUP003", "SUP004"];

    public static TheoryData<string, string> Workers => new()
    {
        { "a supported worker", "public partial class W { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "a worker with a context", "public partial class W { [Supervised(HeartbeatTimeoutMs = 100)] Task WorkAsync(SupervisionContext c) => Task.CompletedTask; }" },
        { "a static worker of a struct", "public partial struct W { [Supervised] static void Work() { } }" },
        { "a worker of a nested generic type", "public partial class O<T> { public partial class W { [Supervised] ValueTask WorkAsync(CancellationToken t) => default; } }" },
        { "a warning-only attribute", "public partial class W { [Supervised(Policy = RestartPolicy.Immediate, RestartDelayMs = 10)] void Work() { } }" },
        { "the type is not partial", "public class W { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "a containing type is not partial", "public class O { public partial class W { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; } }" },
        { "the method is generic", "public partial class W { [Supervised] Task WorkAsync<T>(CancellationToken t) => Task.CompletedTask; }" },
        { "it returns Task<int>", "public partial class W { [Supervised] Task<int> WorkAsync(CancellationToken t) => Task.FromResult(0); }" },
        { "it takes two parameters", "public partial class W { [Supervised] Task WorkAsync(CancellationToken t, int n) => Task.CompletedTask; }" },
        { "it is async void", "public partial class W { [Supervised] async void Work(CancellationToken t) { await Task.Yield(); } }" },
        { "it is abstract", "public abstract partial class W { [Supervised] protected abstract Task WorkAsync(CancellationToken t); }" },
        { "it is a partial method without a body", "public partial class W { [Supervised] partial void Work(CancellationToken t); }" },
        { "it is an instance method of a struct", "public partial struct W { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "it is an instance method of a record", "public partial record W { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "it is in an interface", "public partial interface IW { [Supervised] static Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "its type is nested in an interface", "public partial interface IO { public partial class W { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; } }" },
        { "it is in a ref struct", "public ref partial struct W { [Supervised] static Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "it is in a file-local type", "file partial class W { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "it implements an interface explicitly", "public interface IWork { Task WorkAsync(CancellationToken t); } public partial class W : IWork { [Supervised] Task IWork.WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the delay is negative", "public partial class W { [Supervised(RestartDelayMs = -1)] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the backoff cap is below the delay", "public partial class W { [Supervised(Policy = RestartPolicy.Backoff, RestartDelayMs = 1000, MaxDelayMs = 10)] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the policy is not a RestartPolicy value", "public partial class W { [Supervised(Policy = (RestartPolicy)42)] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the name is blank", "public partial class W { [Supervised(Name = \"  \")] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "RestartOn is empty", "public partial class W { [Supervised(RestartOn = new Type[0])] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "a type is in StopOn and RestartOn", "public partial class W { [Supervised(StopOn = new[] { typeof(TimeoutException) }, RestartOn = new[] { typeof(TimeoutException) })] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the heartbeat timeout is negative", "public partial class W { [Supervised(HeartbeatTimeoutMs = -1)] Task WorkAsync(SupervisionContext c) => Task.CompletedTask; }" },
        { "StopOn lists a null", "public partial class W { [Supervised(StopOn = new Type[] { null })] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "StopOn lists an open generic", "public class Failure<T> : Exception { } public partial class W { [Supervised(StopOn = new[] { typeof(Failure<>) })] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "it takes two contexts", "public partial class W { [Supervised] Task WorkAsync(SupervisionContext a, SupervisionContext b) => Task.CompletedTask; }" },
        { "the property name is taken", "public partial class W { public int WorkSupervisor; [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the property name is taken by a base type", "public class B { protected void WorkSupervisor() { } } public partial class W : B { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "a private base member has the name", "public class B { private int WorkSupervisor = 0; public int Read() => WorkSupervisor; } public partial class W : B { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "the nested class name is taken", "public partial class W { class __WorkSupervisor { } [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "two workers want the same property", "public partial class W { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; [Supervised] void Work(CancellationToken t) { } }" },
        { "a rival is skipped for another reason", "public partial class W { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; [Supervised(MaxDelayMs = 0)] void Work(CancellationToken t) { } }" },
        { "names that differ only by case", "namespace Demo { public partial class Pump { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; } public partial class PUMP { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; } }" },
        { "a worker named like its base's worker", "public partial class B { [Supervised] protected Task WorkAsync(CancellationToken t) => Task.CompletedTask; } public partial class W : B { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "a broken constraint and a type that is not partial", "public class O<T> where T : Missing { public partial class W { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; } }" },
        { "three workers of which two clash", "public partial class W { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; [Supervised] void Work(CancellationToken t) { } [Supervised] Task ReadAsync(CancellationToken t) => Task.CompletedTask; }" },
        { "a base worker's generated property", "public partial class B { [Supervised] protected Task WorkAsync(CancellationToken t) => Task.CompletedTask; } public partial class W : B { [Supervised] Task ReadAsync(CancellationToken t) => Task.CompletedTask; }" },
    };

    [Theory]
    [MemberData(nameof(Workers))]
    public async Task A_worker_gets_a_usage_error_exactly_when_the_generator_skips_it(string why, string source)
    {
        var input = CompilationHarness.Compile(TestReferences.Usings + source);
        var output = CompilationHarness.RunGenerator(input);
        var run = await CompilationHarness.AnalyzeAsync(output);

        Assert.Empty(run.Exceptions);
        foreach (var method in SupervisedMethods(input))
        {
            var generated = HasGeneratedProperty(output, (IMethodSymbol)input.GetSemanticModel(method.SyntaxTree).GetDeclaredSymbol(method)!);
            var reported = run.Ours.Any(diagnostic => UsageRules.Contains(diagnostic.Id)
                && diagnostic.Severity == DiagnosticSeverity.Error
                && diagnostic.Location.SourceTree == method.SyntaxTree
                && method.Span.IntersectsWith(diagnostic.Location.SourceSpan));
            Assert.True(generated != reported, $"{why}: {method.Identifier.Text} generated={generated}, reported={reported}");
        }
    }

    private static IEnumerable<MethodDeclarationSyntax> SupervisedMethods(Compilation compilation) => compilation.SyntaxTrees
        .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
        .Where(method => method.AttributeLists.SelectMany(list => list.Attributes).Any(attribute => attribute.Name.ToString() == "Supervised"));

    /// <summary>Whether a generated file calls <paramref name="method"/>: its supervision loop does, and nothing else generated would.</summary>
    private static bool HasGeneratedProperty(Compilation output, IMethodSymbol method)
    {
        foreach (var tree in output.SyntaxTrees.Where(tree => tree.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)))
        {
            var model = output.GetSemanticModel(tree);
            foreach (var invocation in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (model.GetSymbolInfo(invocation).Symbol is IMethodSymbol called
                    && called.Name == method.Name
                    && called.ContainingType.ToDisplayString() == method.ContainingType.ToDisplayString())
                {
                    return true;
                }
            }
        }

        return false;
    }
}

using Microsoft.CodeAnalysis;
using Supervise.Generators.Tests.Support;

namespace Supervise.Generators.Tests;

/// <summary>
/// The IDE runs the generator on every keystroke, so it sees half-typed code all the time: it must
/// never throw and never report a diagnostic, whatever it is given.
/// </summary>
public sealed class RobustnessTests
{
    private static readonly string GoldenDirectory = Path.Combine(AppContext.BaseDirectory, "Golden");

    public static TheoryData<string> Inputs => new(Directory
        .GetFiles(GoldenDirectory, "*.cs")
        .Where(path => !path.EndsWith(".g.cs", StringComparison.Ordinal))
        .Select(Path.GetFileName)
        .Order(StringComparer.Ordinal)!);

    public static TheoryData<string> Malformed => new()
    {
        "[Supervised(RestartDelayMs = )] partial class C { }",
        "public partial class C { [Supervised(RestartDelayMs = \"fast\")] System.Threading.Tasks.Task WorkAsync() => null; }",
        "public partial class C { [Supervised(Policy = 7, Restart = \"x\")] void Work() { } }",
        "public partial class C { [Supervised(Nonsense = 1)] void Work() { } }",
        "public partial class C { [Supervised(1, 2)] void Work() { } }",
        "public partial class C { [Supervised][Supervised] void Work() { } }",
        "public partial class C { [Supervised] UnknownType WorkAsync(UnknownToken t) => default; }",
        "public partial class C : MissingBase { [Supervised] void Work() { } }",
        "public partial class C<T> where T : Missing { [Supervised] void Work(System.Threading.CancellationToken t) { } }",
        "namespace N { [Supervised] void Orphan() { } }",
        "[Supervised] void TopLevel() { }",
        "public partial class C { [Supervised] void Work( { } }",
        "public partial class C { [Supervised] public static implicit operator int(C c) => 0; }",
        "public partial class C { [Supervised] ~C() { } }",
        "public partial class C { [Supervised] C() { } }",
        "public partial class C { void M() { [Supervised] void Local() { } } }",
        "partial class @class { [Supervised] void @void() { } }",
        "public partial class C { [Supervised(Name = null)] void Work() { } }",
        "public partial class C { [Supervised(RestartDelayMs = int.MaxValue, MaxDelayMs = int.MaxValue, Policy = RestartPolicy.Backoff)] void Work() { } }",
        "public partial class C { [Supervised] partial void Work(); partial void Work() { } }",
        "public partial class C { [Supervised] void Work() { } } public partial class C { [Supervised] void Work() { } }",
        "public partial class C { [Supervised(StopOn = new[] { typeof(Missing) })] void Work() { } }",
        "public partial class C { [Supervised(StopOn = null, RestartOn = null)] void Work() { } }",
        "public partial class C { [Supervised(StopOn = typeof(System.Exception))] void Work() { } }",
        "public partial class C { [Supervised(StopOn = new[] { typeof(System.Exception), 3 })] void Work() { } }",
        "public partial class C { [Supervised(RestartOn = new System.Type[] { typeof(System.IO.IOException), null })] void Work() { } }",
        "public partial class C { [Supervised(HeartbeatTimeoutMs = 10)] void Work(SupervisionContext) { } }",
        "public partial class C { [Supervised(Jitter = 1)] void Work() { } }",
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_prefix_of_a_worker_file_is_handled_without_an_exception(string input)
    {
        var source = File.ReadAllText(Path.Combine(GoldenDirectory, input));
        var compilation = GeneratorHarness.CreateCompilation([string.Empty]);
        var driver = GeneratorHarness.CreateDriver();
        var tree = compilation.SyntaxTrees.Single();

        for (var length = 0; length <= source.Length; length++)
        {
            var prefix = tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(source.Substring(0, length)));
            compilation = compilation.ReplaceSyntaxTree(tree, prefix);
            tree = prefix;

            // One driver across edits, as in the IDE: exercises the cached paths as well.
            driver = driver.RunGenerators(compilation);
            var result = driver.GetRunResult();
            Assert.True(result.Results.Single().Exception is null, $"{input}, first {length} characters: {result.Results.Single().Exception}");
            Assert.Empty(result.Diagnostics);
        }
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_code_is_handled_without_an_exception(string source)
    {
        var run = GeneratorHarness.Run("using Supervise;\n" + source);

        Assert.Null(run.Single.Exception);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.DoesNotContain(run.OutputCompilation.GetDiagnostics(), diagnostic => diagnostic.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true && diagnostic.Severity == DiagnosticSeverity.Error);
    }
}

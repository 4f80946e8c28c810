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
        "[SupervisionGroup(MaxRestarts = )] public partial class G { [Supervised] void Work() { } }",
        "[SupervisionGroup(1, 2)] public partial class G { [Supervised] void Work() { } [Supervised] static void Clean() { } }",
        "[SupervisionGroup(Strategy = (SupervisionStrategy)8, Name = \"\")] public partial class G { [Supervised] void Work() { } }",
        "[SupervisionGroup][SupervisionGroup] public partial class G { [Supervised] void Work() { } }",
        "[SupervisionGroup] public partial class G { [Supervised] void Work(string key, System.Threading.CancellationToken t) { } }",
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
        "public partial class C { [Supervised] void Work() { } [Supervised] void Work() { } }",
        "public partial class C<T> { [Supervised] void Work() { } } public partial class C<T> where T : class { [Supervised] void Run() { } }",
    };

    /// <summary>
    /// Types whose file names would meet: names that differ only by case (legal), a namespace and a nested
    /// type of the same dotted name (an error, but what the IDE sees while someone types), generic arities,
    /// one name in several namespaces, file-scoped namespaces. Each case lists its files and how many
    /// types in it have a supervisor.
    /// </summary>
    public static TheoryData<string, string[], int> Clashing => new()
    {
        { "names that differ only by case", [Usings + "namespace Demo { public partial class Pump { " + Worker + " } public partial class PUMP { " + Worker + " } }"], 2 },
        { "namespaces that differ only by case", [Usings + "namespace Demo { public partial class Pump { " + Worker + " } } namespace demo { public partial class Pump { " + Worker + " } }"], 2 },
        { "a namespace and a nested type of one dotted name", [Usings + "namespace Demo.Pump { public partial class Worker { " + Worker + " } } namespace Demo { public partial class Pump { public partial class Worker { " + Worker + " } } }"], 2 },
        { "a global type and a namespace of one name", [Usings + "public partial class Demo { public partial class Pump { " + Worker + " } } namespace Demo { public partial class Pump { " + Worker + " } }"], 2 },
        { "generic arities", [Usings + "namespace Demo { public partial class Pump { " + Worker + " } public partial class Pump<T> { " + Worker + " } public partial class Pump<T, U> { " + Worker + " } }"], 3 },
        { "type parameters that differ only by case", [Usings + "namespace Demo { public partial class Pump<TItem> { " + Worker + " } } namespace demo { public partial class Pump<Titem> { " + Worker + " } }"], 2 },
        { "one name in several namespaces", [Usings + "public partial class Pump { " + Worker + " } namespace A { public partial class Pump { " + Worker + " } public partial class Outer { public partial class Pump { " + Worker + " } } } namespace B { public partial class Pump { " + Worker + " } }"], 4 },
        { "file-scoped namespaces", [Usings + "namespace Demo;\npublic partial class Pump { " + Worker + " }", Usings + "namespace demo;\npublic partial class Pump { " + Worker + " }", Usings + "namespace Demo.Inner;\npublic partial class Pump { " + Worker + " }"], 3 },
        { "a class and a struct of one name", [Usings + "public partial class Pump { " + Worker + " } public partial struct Pump { [Supervised] private static Task RunAsync(CancellationToken t) => Task.CompletedTask; }"], 2 },
        { "keyword names", [Usings + "namespace Demo { public partial class @class { " + Worker + " } public partial class Class { " + Worker + " } }"], 2 },
    };

    /// <summary>The clashing inputs that are legal C#: their generated code must compile as well.</summary>
    private static readonly string[] LegalClashes =
        ["names that differ only by case", "namespaces that differ only by case", "generic arities", "type parameters that differ only by case", "one name in several namespaces", "file-scoped namespaces", "keyword names"];

    private const string Usings = "using System.Threading;\nusing System.Threading.Tasks;\nusing Supervise;\n";

    private const string Worker = "[Supervised] private Task WorkAsync(CancellationToken t) => Task.CompletedTask;";

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_prefix_of_a_worker_file_is_handled_without_an_exception_and_with_one_file_per_type(string input) =>
        AssertEveryPrefix(input, [], File.ReadAllText(Path.Combine(GoldenDirectory, input)));

    [Theory]
    [MemberData(nameof(Clashing))]
    public void Every_prefix_of_clashing_names_is_handled_with_one_file_per_type(string clash, string[] files, int types)
    {
        Assert.InRange(types, 2, files.Length * 4);
        AssertEveryPrefix(clash, files[..^1], files[^1]);
    }

    [Theory]
    [MemberData(nameof(Clashing))]
    public void Clashing_names_get_one_file_per_type_with_a_unique_name(string clash, string[] files, int types)
    {
        var run = GeneratorHarness.Run(files);

        GeneratedFiles.AssertOnePerSupervisedType(run.Result, run.OutputCompilation, clash);
        Assert.Equal(types, run.Sources.Length);
        if (LegalClashes.Contains(clash))
        {
            Assert.Empty(run.CompilationProblems().Where(diagnostic => diagnostic.Id != "CS1591"));
        }
    }

    [Fact]
    public void A_name_that_meets_no_other_keeps_its_readable_file_name()
    {
        var run = GeneratorHarness.Run(Usings + "namespace Demo { public partial class Pump { " + Worker + " } public partial class PUMP { " + Worker + " } public partial class Drain { " + Worker + " } }");

        var names = run.Sources.Select(source => source.HintName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal("Demo.Drain.g.cs", names[0]);
        Assert.All(names.Skip(1), name => Assert.Matches(@"^Demo\.(Pump|PUMP)-[0-9a-f]{8}\.g\.cs$", name));
    }

    /// <summary>
    /// Types the generator on every prefix of <paramref name="typed"/>, beside the complete <paramref name="others"/>,
    /// with one driver across the edits, as in the IDE, so the cached paths are exercised as well.
    /// </summary>
    private static void AssertEveryPrefix(string name, string[] others, string typed)
    {
        var compilation = GeneratorHarness.CreateCompilation([.. others, string.Empty]);
        var driver = GeneratorHarness.CreateDriver();
        var tree = compilation.SyntaxTrees.Last();

        for (var length = 0; length <= typed.Length; length++)
        {
            var prefix = tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(typed.Substring(0, length)));
            compilation = compilation.ReplaceSyntaxTree(tree, prefix);
            tree = prefix;

            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
            GeneratedFiles.AssertOnePerSupervisedType(driver.GetRunResult(), output, $"{name}, first {length} characters");
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

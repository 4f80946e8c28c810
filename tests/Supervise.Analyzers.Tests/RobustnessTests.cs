using Microsoft.CodeAnalysis.Text;
using Supervise.Analyzers.Tests.Support;

namespace Supervise.Analyzers.Tests;

/// <summary>
/// The IDE runs the analyzers on every keystroke, over code that rarely compiles: they must never
/// throw (an exception surfaces as AD0001 and turns the analyzer off), whatever they are given.
/// </summary>
public sealed class RobustnessTests
{
    private static readonly string HalfTypedDirectory = Path.Combine(AppContext.BaseDirectory, "HalfTyped");

    public static TheoryData<string> Files => new(Directory
        .GetFiles(HalfTypedDirectory, "*.cs")
        .Select(Path.GetFileName)
        .Order(StringComparer.Ordinal)!);

    public static TheoryData<string> Malformed => new()
    {
        "partial class C { [Supervised(RestartDelayMs = )] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }",
        "partial class C { [Supervised(StopOn = new[] { typeof(Missing), null })] void Work() { } }",
        "partial class C { [Supervised(StopOn = [typeof(TimeoutException), typeof(TimeoutException)])] void Work() { } }",
        "partial class C { [Supervised(1, 2)] void Work() { } }",
        "partial class C { [Supervised][Supervised] void Work() { } }",
        "partial class C { [Supervised] Missing WorkAsync(MissingToken t) { while (true) { } } }",
        "partial class C : MissingBase { [Supervised] void Work(CancellationToken t) { while (t.) } }",
        "partial class C { [Supervised] async Task WorkAsync(CancellationToken t) { await foreach (var x in ) { } } }",
        "partial class C { [Supervised] void Work(CancellationToken t) { try { } catch (Missing) { } catch when ( { } } }",
        "partial class C { [Supervised] void Work(CancellationToken t) { Thread.Sleep(); Task.Delay(, t); t.WaitHandle.WaitOne(; } }",
        "class S : BackgroundService { protected override Task ExecuteAsync(CancellationToken) { for (;;) } }",
        "class S : BackgroundService { protected override async void ExecuteAsync(CancellationToken t) { } }",
        "[Supervised] void TopLevel(CancellationToken t) { while (true) { } }",
        "partial class C { [Supervised] void Work(CancellationToken t) { goto missing; } }",
        "partial class C { [Supervised] void Work(CancellationToken t) => throw; }",
        "partial class C { [Supervised] void Work(CancellationToken t) { Action a = async () => await ; a(); } }",
        "namespace Demo.Pump { partial class Worker { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; } } namespace Demo { partial class Pump { partial class Worker { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; } } }",
        "partial class Demo { partial class Pump { [Supervised] void Work() { } } } namespace Demo { partial class Pump { [Supervised] void Work() { } } }",
        "namespace Demo { partial class Pump { [Supervised] void Work() { } } partial class PUMP { [Supervised] void Work() { } } partial class Pump<T> { [Supervised] void Work() { } } }",
        "partial class C { [Supervised] void Work() { } } partial struct C { [Supervised] static void Work() { } }",
        "partial class C { [Supervised] void Work() { } [Supervised] void Work() { } }",
        "[SupervisionGroup(MaxRestarts = )] partial class G { [Supervised] void Work() { } }",
        "[SupervisionGroup(Strategy = Missing.Value, AutoShutdown = 1)] partial class G { [Supervised(Significant = )] void Work() { } }",
        "[SupervisionGroup(1, 2)] partial class G { [Supervised] static void Work() { } }",
        "[SupervisionGroup] interface IG { [Supervised] static void Work() { } }",
        "[SupervisionGroup] partial class G<T> where T : Missing { [Supervised] void Work(T key, CancellationToken t) { } }",
        "[SupervisionGroup] class NotPartial { [Supervised(Significant = true, Restart = RestartMode.Never)] void Work() { } }",
        "[SupervisionGroup(Name = null)] partial record G { [Supervised] Task WorkAsync(CancellationToken t) => Task.CompletedTask; }",
        "partial class O { [SupervisionGroup] partial class G { [Supervised] void Work() { } } [Supervised] void Work() { } }",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Every_prefix_of_a_worker_file_is_analyzed_without_an_exception(string file)
    {
        var source = File.ReadAllText(Path.Combine(HalfTypedDirectory, file));
        var compilation = CompilationHarness.Compile(string.Empty);
        var tree = compilation.SyntaxTrees.Single();

        for (var length = 0; length <= source.Length; length++)
        {
            var prefix = tree.WithChangedText(SourceText.From(source[..length]));
            compilation = compilation.ReplaceSyntaxTree(tree, prefix);
            tree = prefix;

            var run = await CompilationHarness.AnalyzeAsync(compilation);
            Assert.True(run.Exceptions.Count == 0 && !run.Crashes.Any(), $"{file}, first {length} characters: {string.Join(Environment.NewLine, run.Exceptions)}");
        }
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Malformed_worker_code_is_analyzed_without_an_exception(string source)
    {
        // After the generator, as in a build: its output for broken code is analyzed too.
        var run = await CompilationHarness.AnalyzeAsync(CompilationHarness.RunGenerator(CompilationHarness.Compile(TestReferences.Usings + source)));

        Assert.Empty(run.Exceptions);
        Assert.Empty(run.Crashes);
    }
}

using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Supervise.Generators.Tests.Support;

namespace Supervise.Generators.Tests;

/// <summary>
/// The generator runs on every keystroke in the IDE: edits that cannot change the output must be
/// answered from the cache, and a change to one worker must regenerate only its type's file.
/// </summary>
public sealed class IncrementalGeneratorTests
{
    private const string Pump = """
        using System.Threading;
        using System.Threading.Tasks;
        using Supervise;

        namespace Demo
        {
            public partial class Pump
            {
                // Pumps messages.
                [Supervised(RestartDelayMs = 500)]
                private async Task PumpAsync(CancellationToken stoppingToken)
                {
                    await Task.Delay(10, stoppingToken);
                }
            }
        }
        """;

    private const string Poller = """
        using System.Threading;
        using System.Threading.Tasks;
        using Supervise;

        namespace Demo
        {
            public partial class Poller
            {
                [Supervised(Policy = RestartPolicy.Backoff)]
                private Task PollAsync(CancellationToken stoppingToken) => Task.Delay(10, stoppingToken);

                [Supervised(Policy = RestartPolicy.Immediate)]
                private Task FlushAsync(CancellationToken stoppingToken) => Task.Delay(10, stoppingToken);
            }
        }
        """;

    private const string Unrelated = """
        namespace Demo
        {
            public static class Helpers
            {
                public static int Twice(int value) => value * 2;
            }
        }
        """;

    private static readonly string[] TrackedSteps = [TrackingNames.Workers, TrackingNames.ValidWorkers, TrackingNames.SupervisedTypes];

    public static TheoryData<string, int, string, string> EditsThatChangeNothing => new()
    {
        { "an unrelated file", 2, "value * 2", "value + value" },
        { "a comment", 0, "// Pumps messages.", "// Pumps messages from the queue." },
        { "a worker's body", 0, "await Task.Delay(10, stoppingToken);", "await Task.Delay(20, stoppingToken);" },
        { "a using directive's neighbour", 1, "namespace Demo", "// a comment above\nnamespace Demo" },
    };

    [Theory]
    [MemberData(nameof(EditsThatChangeNothing))]
    public void An_edit_that_cannot_change_the_output_is_answered_from_the_cache(string edit, int file, string oldText, string newText)
    {
        var (driver, compilation) = RunOnce();

        var result = Rerun(driver, compilation, file, oldText, newText);

        foreach (var step in TrackedSteps)
        {
            Assert.All(
                result.TrackedSteps[step].SelectMany(run => run.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{edit}: step {step} was {output.Reason}"));
        }

        Assert.All(
            result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{edit}: an output was {output.Reason}"));
    }

    [Fact]
    public void Changing_one_attribute_value_regenerates_exactly_that_types_file()
    {
        var (driver, compilation) = RunOnce();

        var result = Rerun(driver, compilation, 1, "Policy = RestartPolicy.Immediate", "Policy = RestartPolicy.Fixed");

        var types = result.TrackedSteps[TrackingNames.SupervisedTypes].SelectMany(run => run.Outputs).ToList();
        Assert.Single(types, output => output.Reason == IncrementalStepRunReason.Modified);
        var modified = result.TrackedOutputSteps.SelectMany(step => step.Value)
            .SelectMany(run => run.Outputs)
            .Count(output => output.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
        Assert.Equal(1, modified);
        Assert.DoesNotContain("TryRestartAtOnce", result.GeneratedSources.Single(source => source.HintName == "Demo.Poller.g.cs").SourceText.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void No_step_output_holds_a_symbol_syntax_node_location_semantic_model_or_compilation()
    {
        var (driver, compilation) = RunOnce();
        var result = Rerun(driver, compilation, 0, "500", "250");

        foreach (var step in TrackedSteps)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(run => run.Outputs))
            {
                AssertHoldsNoRoslynObjects(output.Value, $"{step} output");
            }
        }
    }

    [Fact]
    public void The_walk_finds_a_Roslyn_object_nested_in_a_model()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { }");
        var holders = new object[] { new List<object> { Location.None }, new[] { (1, tree.GetRoot()) } };

        Assert.All(holders, holder => Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertHoldsNoRoslynObjects(holder, "probe")));
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) RunOnce()
    {
        var compilation = GeneratorHarness.CreateCompilation([Pump, Poller, Unrelated]);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        Assert.Equal(2, driver.GetRunResult().GeneratedTrees.Length);
        return (driver, compilation);
    }

    private static GeneratorRunResult Rerun(GeneratorDriver driver, CSharpCompilation compilation, int file, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.ElementAt(file);
        var text = tree.GetText().ToString();
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        var edited = tree.WithChangedText(SourceText.From(text.Replace(oldText, newText, StringComparison.Ordinal)));
        return driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, edited)).GetRunResult().Results.Single();
    }

    private static readonly Type[] Forbidden = [typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(SemanticModel), typeof(Compilation)];

    /// <summary>Walks every field reachable from <paramref name="value"/> and fails on a Roslyn object the cache would keep alive.</summary>
    private static void AssertHoldsNoRoslynObjects(object? value, string path, HashSet<object>? seen = null)
    {
        seen ??= new HashSet<object>(ReferenceEqualityComparer.Instance);
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        var type = value.GetType();
        Assert.False(Forbidden.Any(forbidden => forbidden.IsAssignableFrom(type)), $"{path} holds a {type.Name}");
        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                AssertHoldsNoRoslynObjects(item, $"{path}[{index++}]", seen);
            }
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                AssertHoldsNoRoslynObjects(field.GetValue(value), $"{path}.{field.Name}", seen);
            }
        }
    }
}

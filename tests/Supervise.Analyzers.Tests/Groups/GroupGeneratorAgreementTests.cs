using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Supervise.Analyzers.Tests.Support;
using Supervise.Generators.Judging;
using Supervise.Generators.Model;

namespace Supervise.Analyzers.Tests.Groups;

/// <summary>
/// The group rules and the generator decide by the same shared code: a group is generated exactly when SUP012
/// is not reported, its children with it (an attribute the compiler rejects is the compiler's to report); and the
/// values the judge accepts are exactly those the runtime's settings accept, so a generated group never
/// throws when it is made.
/// </summary>
public sealed class GroupGeneratorAgreementTests
{
    private const string Members =
        "[Supervised] Task ConnectAsync(CancellationToken t) => Task.Delay(1, t); " +
        "[Supervised(Restart = RestartMode.OnFailure, Significant = true)] Task ConsumeAsync(CancellationToken t) => Task.Delay(1, t); " +
        "[Supervised] static Task CleanUpAsync(CancellationToken t) => Task.Delay(1, t);";

    public static TheoryData<string, string> Groups => new()
    {
        { "the defaults", "" },
        { "every valid value", "Strategy = SupervisionStrategy.OneForAll, MaxRestarts = 0, RestartWindowMs = 0, AutoShutdown = AutoShutdown.AllSignificant, Name = \"ingest\"" },
        { "no limit", "MaxRestarts = -1" },
        { "MaxRestarts below -1", "MaxRestarts = -2" },
        { "a negative window", "RestartWindowMs = -5" },
        { "an unknown strategy", "Strategy = (SupervisionStrategy)3" },
        { "an unknown auto-shutdown", "AutoShutdown = (AutoShutdown)9" },
        { "a blank name", "Name = \"\\t\"" },
        { "a null name", "Name = null" },
        { "two invalid values", "MaxRestarts = -3, RestartWindowMs = -3" },
        { "a constructor argument", "3" },
        { "a value of the wrong type", "MaxRestarts = \"three\"" },
        { "a property that does not exist", "Restarts = 3" },
    };

    [Theory]
    [MemberData(nameof(Groups))]
    public async Task A_group_and_its_children_are_generated_exactly_when_SUP012_is_not_reported(string why, string arguments)
    {
        var input = CompilationHarness.Compile(TestReferences.Usings + $"[SupervisionGroup({arguments})] public partial class Ingest {{ {Members} }}");
        var output = CompilationHarness.RunGenerator(input);
        var run = await CompilationHarness.AnalyzeAsync(output);

        Assert.Empty(run.Exceptions);
        var attribute = input.SyntaxTrees.Single().GetRoot().DescendantNodes().OfType<AttributeSyntax>().Single(node => node.Name.ToString() == "SupervisionGroup");
        var generated = Generated(output);
        Assert.DoesNotContain(output.GetDiagnostics(), diagnostic => diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true);
        if (input.GetDiagnostics().Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error && attribute.Span.IntersectsWith(diagnostic.Location.SourceSpan)))
        {
            // The compiler's own error; an unknown property name leaves the attribute's other values readable.
            Assert.DoesNotContain(run.Ours, diagnostic => diagnostic.Id == "SUP012");
            return;
        }

        var groupError = run.Ours.Any(diagnostic => diagnostic.Id == "SUP012");

        Assert.True(generated.Contains("ISupervisedGroup.Group", StringComparison.Ordinal) != groupError, $"{why}: group generated while error reported, or neither");
        Assert.True(generated.Contains("_owner.ConnectAsync(", StringComparison.Ordinal) != groupError, $"{why}: a child generated without its group, or the reverse");
        Assert.True(generated.Contains("_owner.ConsumeAsync(", StringComparison.Ordinal) != groupError, $"{why}: a child generated without its group, or the reverse");
        Assert.Contains("CleanUpAsync(", generated, StringComparison.Ordinal);
    }

    public static TheoryData<int, int, int, int> Values
    {
        get
        {
            var values = new TheoryData<int, int, int, int>();
            foreach (var strategy in new[] { -1, 0, 1, 2, 3 })
            {
                foreach (var maxRestarts in new[] { int.MinValue, -2, -1, 0, 3 })
                {
                    foreach (var window in new[] { int.MinValue, -1, 0, 5_000 })
                    {
                        foreach (var autoShutdown in new[] { -1, 0, 2, 3 })
                        {
                            values.Add(strategy, maxRestarts, window, autoShutdown);
                        }
                    }
                }
            }

            return values;
        }
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void The_judge_accepts_exactly_the_values_the_runtime_accepts(int strategy, int maxRestarts, int window, int autoShutdown)
    {
        var judged = GroupRules.Check(new SupervisionGroupInfo(null, strategy, maxRestarts, window, autoShutdown));
        var settings = new SupervisorGroupSettings
        {
            Strategy = (SupervisionStrategy)strategy,
            MaxRestarts = maxRestarts,
            RestartWindowMs = window,
            AutoShutdown = (AutoShutdown)autoShutdown,
        };

        Assert.Equal(settings.Validate().Count, judged.Length);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("ingest", true)]
    [InlineData("", false)]
    [InlineData(" \t", false)]
    public void The_judge_accepts_exactly_the_names_a_group_can_be_made_with(string? name, bool valid)
    {
        var judged = GroupRules.Check(SupervisionGroupInfo.Default with { Name = name }).IsEmpty;
        var made = Record.Exception(() => new SupervisorGroup(name ?? "Ingest", new SupervisorGroupSettings(), [])) is null;

        Assert.Equal(valid, judged);
        Assert.Equal(valid, made);
    }

    private static string Generated(Compilation output) => string.Concat(output.SyntaxTrees
        .Where(tree => tree.FilePath.EndsWith(".g.cs", StringComparison.Ordinal))
        .Select(tree => tree.ToString()));
}

using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Supervise.Analyzers.Tests.Support;

namespace Supervise.Analyzers.Tests;

/// <summary>
/// <c>samples/AnalyzerTour</c> compiles with the generator and the analyzers, and exactly the
/// diagnostics its <c>// expect: SUPnnn</c> comments announce appear, each on its comment's line.
/// </summary>
public sealed partial class AnalyzerTourTests
{
    private static readonly string TourDirectory = Path.Combine(AppContext.BaseDirectory, "AnalyzerTour");

    [Fact]
    public async Task The_tour_shows_exactly_the_diagnostics_its_comments_expect()
    {
        var files = Directory.GetFiles(TourDirectory, "*.cs").Order(StringComparer.Ordinal).ToArray();
        var output = CompilationHarness.RunGenerator(CompilationHarness.Compile(files.Select(path => (path, File.ReadAllText(path)))));
        var run = await CompilationHarness.AnalyzeAsync(output);

        var expected = files.SelectMany(ExpectedIn).Order(StringComparer.Ordinal).ToArray();
        var actual = run.Ours
            .Select(diagnostic => $"{Path.GetFileName(diagnostic.Location.SourceTree!.FilePath)}:{diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1}: {diagnostic.Id}")
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Empty(run.Exceptions);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_tour_has_an_example_of_every_rule()
    {
        var expectedIds = Directory.GetFiles(TourDirectory, "*.cs")
            .SelectMany(ExpectedIn)
            .Select(entry => entry[(entry.LastIndexOf(' ') + 1)..])
            .ToHashSet();

        Assert.Equal(CompilationHarness.AllAnalyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics).Select(rule => rule.Id).ToHashSet(), expectedIds);
    }

    [Fact]
    public void The_tour_compiles_once_its_supervisors_are_generated()
    {
        var files = Directory.GetFiles(TourDirectory, "*.cs");
        var output = CompilationHarness.RunGenerator(CompilationHarness.Compile(files.Select(path => (path, File.ReadAllText(path)))));

        Assert.DoesNotContain(output.GetDiagnostics(), diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.Contains(output.SyntaxTrees, tree => tree.FilePath.EndsWith("FixedQueueReader.g.cs", StringComparison.Ordinal));
    }

    private static IEnumerable<string> ExpectedIn(string path)
    {
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var match = ExpectComment().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            foreach (var id in match.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                yield return $"{Path.GetFileName(path)}:{i + 1}: {id}";
            }
        }
    }

    [GeneratedRegex(@"// expect: (SUP\d{3}(?:\s*,\s*SUP\d{3})*)\s*$")]
    private static partial Regex ExpectComment();
}

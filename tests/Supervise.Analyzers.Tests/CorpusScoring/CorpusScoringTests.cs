using Microsoft.CodeAnalysis;
using Supervise.Analyzers.Tests.Support;
using Xunit.Abstractions;

namespace Supervise.Analyzers.Tests.CorpusScoring;

/// <summary>
/// Scores every analyzer against the hand-tagged corpus (<c>Corpus/*.cs</c>, each file compiled alone) and
/// holds the rules to the bar: precision at least 90% and recall at least 70% of tagged defects.
/// </summary>
public sealed class CorpusScoringTests(ITestOutputHelper output)
{
    private const double MinimumPrecision = 0.90;
    private const double MinimumRecall = 0.70;

    [Fact]
    public async Task The_rules_find_the_corpus_defects_with_few_false_positives()
    {
        var score = new CorpusScore();
        foreach (var file in CorpusCompiler.Files())
        {
            var tree = CorpusCompiler.Parse(file);
            var run = await CorpusCompiler.AnalyzeAsync(tree);
            Assert.Empty(run.Exceptions);
            Assert.Empty(run.Crashes);
            score.Add(TaggedMethod.FindIn(Path.GetFileName(file), tree.GetRoot()), run.Ours.Where(diagnostic => diagnostic.Location.SourceTree == tree));
        }

        var implemented = CompilationHarness.AllAnalyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics).Select(descriptor => descriptor.Id).ToHashSet(StringComparer.Ordinal);
        output.WriteLine(score.Report(implemented));

        Assert.True(score.Precision >= MinimumPrecision, $"Precision {score.Precision:P1} is below {MinimumPrecision:P0} (see the test output).");
        Assert.True(score.Recall >= MinimumRecall, $"Recall {score.Recall:P1} is below {MinimumRecall:P0} (see the test output).");
    }

    [Fact]
    public void The_corpus_is_large_and_varied_enough_to_measure()
    {
        var methods = CorpusCompiler.Files().SelectMany(file => TaggedMethod.FindIn(Path.GetFileName(file), CorpusCompiler.Parse(file).GetRoot())).ToList();

        Assert.True(methods.Count >= 70, $"{methods.Count} tagged methods");
        Assert.True(CorpusCompiler.Files().Count() >= 10);
        Assert.True(methods.Count(method => method.Kinds.Count == 0) * 3 >= methods.Count, "a third of the methods are clean look-alikes");
    }

    [Fact]
    public void Every_corpus_file_compiles_alone_with_only_unresolved_names_as_errors()
    {
        foreach (var file in CorpusCompiler.Files())
        {
            var errors = CorpusCompiler.Compile(CorpusCompiler.Parse(file)).GetDiagnostics()
                .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
                .Where(diagnostic => diagnostic.Id is not ("CS0246" or "CS0234" or "CS0103" or "CS1061" or "CS0117" or "CS8754" or "CS1674" or "CS0012"))
                .ToList();
            Assert.True(errors.Count == 0, Path.GetFileName(file) + ": " + string.Join("\n", errors));
        }
    }
}

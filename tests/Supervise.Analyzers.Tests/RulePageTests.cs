using System.Text.RegularExpressions;
using Supervise.Analyzers.Tests.Support;

namespace Supervise.Analyzers.Tests;

/// <summary>Every rule has its page in <c>analyzers/docs</c>, the one its help link opens, saying the severity it has.</summary>
public sealed partial class RulePageTests
{
    private static readonly string PagesDirectory = Path.Combine(AppContext.BaseDirectory, "RulePages");

    public static TheoryData<string> Rules => new(RuleIds());

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_rule_has_a_page_with_its_title_and_severity(string id)
    {
        var rule = CompilationHarness.AllAnalyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics).Single(descriptor => descriptor.Id == id);
        var page = Path.Combine(PagesDirectory, id + ".md");

        Assert.True(File.Exists(page), $"{id} has no page");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: {rule.Title}\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(rule.DefaultSeverity.ToString(), SeverityRow().Match(text).Groups[1].Value);
        Assert.EndsWith($"analyzers/docs/{id}.md", rule.HelpLinkUri, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_is_for_a_rule()
    {
        var pages = Directory.GetFiles(PagesDirectory, "SUP*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(RuleIds(), pages);
    }

    private static IEnumerable<string> RuleIds() => CompilationHarness.AllAnalyzers
        .SelectMany(analyzer => analyzer.SupportedDiagnostics)
        .Select(rule => rule.Id)
        .Order(StringComparer.Ordinal);

    [GeneratedRegex(@"^\| Severity \| (\w+) \|\s*$", RegexOptions.Multiline)]
    private static partial Regex SeverityRow();
}

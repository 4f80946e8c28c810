using System.Text;
using Microsoft.CodeAnalysis;

namespace Supervise.Analyzers.Tests.CorpusScoring;

/// <summary>
/// How the rules did on the corpus, counted per method and rule: a tagged defect is found when its rule
/// reports inside the method (or, failing that, elsewhere in the method's type: a finding about a stored
/// task may point at StopAsync or at the field); any other SUP report is a false positive. A rule that
/// reports one method twice counts once.
/// </summary>
internal sealed class CorpusScore
{
    private readonly Dictionary<string, RuleTally> _byRule = new(StringComparer.Ordinal);
    private readonly List<string> _falsePositives = new();
    private readonly List<string> _missed = new();

    public int Methods { get; private set; }

    public int CleanMethods { get; private set; }

    public int Files { get; private set; }

    public int TruePositives => _byRule.Values.Sum(tally => tally.Found);

    public int Reported => _byRule.Values.Sum(tally => tally.Reported);

    public int Expected => _byRule.Values.Sum(tally => tally.Expected);

    public double Precision => Reported == 0 ? 1 : (double)TruePositives / Reported;

    public double Recall => Expected == 0 ? 1 : (double)TruePositives / Expected;

    public void Add(IReadOnlyList<TaggedMethod> methods, IEnumerable<Diagnostic> diagnostics)
    {
        Files++;
        Methods += methods.Count;
        CleanMethods += methods.Count(method => method.Kinds.Count == 0);

        // What each method still waits for, by rule: one entry per tagged (method, kind).
        var open = new List<(TaggedMethod Method, string Rule)>();
        foreach (var method in methods)
        {
            foreach (var rule in method.Kinds.Select(kind => DefectKinds.RuleFor[kind]).Distinct())
            {
                open.Add((method, rule));
                Tally(rule).Expected++;
            }
        }

        var counted = new HashSet<(string Rule, TaggedMethod? Method)>();
        foreach (var diagnostic in diagnostics.OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start))
        {
            var span = diagnostic.Location.SourceSpan;
            var within = methods.Where(method => method.Span.Contains(span)).MinBy(method => method.Span.Length);
            if (!counted.Add((diagnostic.Id, within)))
            {
                continue;
            }

            Tally(diagnostic.Id).Reported++;
            var match = open.FindIndex(entry => entry.Rule == diagnostic.Id && entry.Method == within);
            if (match < 0)
            {
                match = open.FindIndex(entry => entry.Rule == diagnostic.Id && entry.Method.TypeSpan.Contains(span));
            }

            if (match >= 0)
            {
                Tally(diagnostic.Id).Found++;
                open.RemoveAt(match);
            }
            else
            {
                var where = within?.Display ?? $"/corpus/{Path.GetFileName(diagnostic.Location.SourceTree?.FilePath)} (outside any tagged method)";
                _falsePositives.Add($"{diagnostic.Id} on {where}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
            }
        }

        foreach (var (method, rule) in open)
        {
            _missed.Add($"{rule} ({string.Join(", ", method.Kinds.Where(kind => DefectKinds.RuleFor[kind] == rule))}) on {method.Display}");
        }
    }

    public string Report(ISet<string> implementedRules)
    {
        var text = new StringBuilder();
        text.AppendLine($"Corpus: {Files} files, {Methods} worker methods, {CleanMethods} clean look-alikes, {Expected} tagged defects.");
        text.AppendLine("rule    expected  reported  found  precision  recall");
        foreach (var (rule, tally) in _byRule.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var note = implementedRules.Contains(rule) ? string.Empty : "  (no such rule in these analyzers)";
            text.AppendLine($"{rule,-7} {tally.Expected,8}  {tally.Reported,8}  {tally.Found,5}  {Percent(tally.Precision),9}  {Percent(tally.Recall),6}{note}");
        }

        text.AppendLine($"overall {Expected,8}  {Reported,8}  {TruePositives,5}  {Percent(Precision),9}  {Percent(Recall),6}");
        text.AppendLine();
        text.AppendLine($"False positives ({_falsePositives.Count}):");
        _falsePositives.ForEach(line => text.AppendLine("  " + line));
        text.AppendLine($"Missed ({_missed.Count}):");
        _missed.ForEach(line => text.AppendLine("  " + line));
        return text.ToString();
    }

    private static string Percent(double value) => double.IsNaN(value) ? "-" : $"{value:P0}";

    private RuleTally Tally(string rule) => _byRule.TryGetValue(rule, out var tally) ? tally : _byRule[rule] = new RuleTally();

    private sealed class RuleTally
    {
        public int Expected { get; set; }

        public int Reported { get; set; }

        public int Found { get; set; }

        public double Precision => Reported == 0 ? double.NaN : (double)Found / Reported;

        public double Recall => Expected == 0 ? double.NaN : (double)Found / Expected;
    }
}

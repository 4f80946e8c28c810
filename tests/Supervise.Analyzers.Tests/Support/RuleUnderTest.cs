using Microsoft.CodeAnalysis.Testing;
using Supervise.Analyzers.Workers;

namespace Supervise.Analyzers.Tests.Support;

/// <summary>
/// One rule, tested through the analyzer of its family with every other rule of that family turned off,
/// so a test marks only the diagnostics of the rule it is about.
/// </summary>
internal static class RuleUnderTest<TRule>
    where TRule : SupervisedRule, new()
{
    public static string Id { get; } = new TRule().Descriptor.Id;

    public static bool IsWorkerRule { get; } = typeof(WorkerRule).IsAssignableFrom(typeof(TRule));

    /// <summary>
    /// Every other rule, of either family, to turn off in the test's compilation: a rule that leaves a finding to
    /// another rule while that one is on (see <c>RootCauses</c>) reports it here, where the other is off.
    /// </summary>
    public static IEnumerable<string> OtherRules => WorkerRulesAnalyzer.Rules.Select(rule => rule.Descriptor.Id)
        .Concat(Supervise.Analyzers.Usage.SupervisedUsageAnalyzer.Rules.Select(rule => rule.Descriptor.Id))
        .Concat(Supervise.Analyzers.Usage.SupervisedUsageAnalyzer.TypeRules.Select(rule => rule.Descriptor.Id))
        .Where(id => id != Id);

    public static void TurnOffOthers<TVerifier>(AnalyzerTest<TVerifier> test)
        where TVerifier : IVerifier, new() =>
        test.DisabledDiagnostics.AddRange(OtherRules);
}

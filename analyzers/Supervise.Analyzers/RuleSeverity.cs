using System.Threading;

namespace Supervise.Analyzers;

/// <summary>Whether a rule is turned off for a file (<c>dotnet_diagnostic.SUPnnn.severity = none</c>, a global config, <c>NoWarn</c>).</summary>
internal static class RuleSeverity
{
    /// <summary>
    /// Whether rule <paramref name="id"/> is off in <paramref name="tree"/>: a file's own setting wins; then a global one;
    /// then the compilation's. Only an explicit <c>none</c> turns a rule off. Also asked by a rule that leaves a finding
    /// to a more precise rule of another analyzer, and reports it itself when that one is off.
    /// </summary>
    public static bool IsOff(CompilationOptions options, string id, SyntaxTree tree, CancellationToken cancellationToken)
    {
        var provider = options.SyntaxTreeOptionsProvider;
        if (provider is not null && provider.TryGetDiagnosticValue(tree, id, cancellationToken, out var inTree))
        {
            return inTree == ReportDiagnostic.Suppress;
        }

        if (provider is not null && provider.TryGetGlobalDiagnosticValue(id, cancellationToken, out var global))
        {
            return global == ReportDiagnostic.Suppress;
        }

        return options.SpecificDiagnosticOptions.TryGetValue(id, out var specific) && specific == ReportDiagnostic.Suppress;
    }
}

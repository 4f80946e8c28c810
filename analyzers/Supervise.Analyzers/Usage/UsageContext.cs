using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Supervise.Generators.Judging;

namespace Supervise.Analyzers.Usage;

/// <summary>One judged <c>[Supervised]</c> method, handed to each usage rule, and where to report.</summary>
internal readonly struct UsageContext
{
    private readonly SymbolAnalysisContext _symbolContext;

    public UsageContext(SymbolAnalysisContext symbolContext, WorkerVerdict verdict, AttributeData attribute)
    {
        _symbolContext = symbolContext;
        Verdict = verdict;
        Attribute = attribute;
    }

    public WorkerVerdict Verdict { get; }

    /// <summary>The method's first <c>[Supervised]</c> attribute, where values are pointed at.</summary>
    public AttributeData Attribute { get; }

    public IMethodSymbol Method => Verdict.Method;

    /// <summary>Where a diagnostic about the method points: its name.</summary>
    public Location MethodLocation => Method.Locations[0];

    public System.Threading.CancellationToken CancellationToken => _symbolContext.CancellationToken;

    public void Report(Diagnostic diagnostic) => _symbolContext.ReportDiagnostic(diagnostic);
}

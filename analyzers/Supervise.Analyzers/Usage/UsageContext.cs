namespace Supervise.Analyzers.Usage;

/// <summary>One judged <c>[Supervised]</c> method, handed to each usage rule, and where to report.</summary>
/// <param name="SymbolContext">The analysis of the method's type, which reports.</param>
/// <param name="Verdict">The judge's verdict on the method.</param>
/// <param name="Attribute">The method's first <c>[Supervised]</c> attribute, where values are pointed at.</param>
internal readonly record struct UsageContext(SymbolAnalysisContext SymbolContext, WorkerVerdict Verdict, AttributeData Attribute)
{
    public IMethodSymbol Method => Verdict.Method;

    /// <summary>Where a diagnostic about the method points: its name.</summary>
    public Location MethodLocation => Method.Locations[0];

    public System.Threading.CancellationToken CancellationToken => SymbolContext.CancellationToken;

    public void Report(Diagnostic diagnostic) => SymbolContext.ReportDiagnostic(diagnostic);
}

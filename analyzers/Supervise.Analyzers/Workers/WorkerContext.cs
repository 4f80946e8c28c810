namespace Supervise.Analyzers.Workers;

/// <summary>One worker under analysis by one rule: the worker, the compilation's symbols, and where to report.</summary>
/// <param name="Block">The executable block the driver handed over.</param>
/// <param name="Worker">The facts of the body, shared by every rule.</param>
/// <param name="Symbols">The compilation's symbols.</param>
/// <param name="RootCauses">What each rule reports once the findings that share a root cause are reported by one rule only.</param>
internal readonly record struct WorkerContext(OperationBlockAnalysisContext Block, Worker Worker, WorkerSymbols Symbols, RootCauses RootCauses)
{
    public void Report(Diagnostic diagnostic) => Block.ReportDiagnostic(diagnostic);
}

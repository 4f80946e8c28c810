namespace Supervise.Analyzers.Workers;

/// <summary>One worker under analysis by one rule: the worker, the compilation's symbols, and where to report.</summary>
/// <param name="Block">The executable block the driver handed over.</param>
/// <param name="Worker">The facts of the body, shared by every rule.</param>
/// <param name="Symbols">The compilation's symbols.</param>
internal readonly record struct WorkerContext(OperationBlockAnalysisContext Block, Worker Worker, WorkerSymbols Symbols)
{
    public void Report(Diagnostic diagnostic) => Block.ReportDiagnostic(diagnostic);
}

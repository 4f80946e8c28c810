using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Supervise.Analyzers.Workers;

/// <summary>One worker under analysis by one rule: the worker, the compilation's symbols, and where to report.</summary>
internal readonly struct WorkerContext
{
    internal WorkerContext(OperationBlockAnalysisContext block, Worker worker, WorkerSymbols symbols)
    {
        Block = block;
        Worker = worker;
        Symbols = symbols;
    }

    internal OperationBlockAnalysisContext Block { get; }

    internal Worker Worker { get; }

    internal WorkerSymbols Symbols { get; }

    internal void Report(Diagnostic diagnostic) => Block.ReportDiagnostic(diagnostic);
}

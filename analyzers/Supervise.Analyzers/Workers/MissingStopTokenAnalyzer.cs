using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Supervise.Analyzers.Workers;

/// <summary>SUP100: a <c>[Supervised]</c> worker that takes neither a <c>CancellationToken</c> nor a <c>SupervisionContext</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingStopTokenAnalyzer : WorkerRuleAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.MissingStopToken);

    private protected override void Analyze(WorkerContext context)
    {
        var worker = context.Worker;
        if (worker.IsSupervised && worker.StopTokens.IsEmpty)
        {
            context.Report(Diagnostic.Create(DiagnosticDescriptors.MissingStopToken, worker.Location, worker.Method.Name));
        }
    }
}

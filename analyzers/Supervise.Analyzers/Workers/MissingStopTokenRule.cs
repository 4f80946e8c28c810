namespace Supervise.Analyzers.Workers;

/// <summary>SUP100: a <c>[Supervised]</c> worker that takes neither a <c>CancellationToken</c> nor a <c>SupervisionContext</c>.</summary>
internal sealed class MissingStopTokenRule() : WorkerRule(DiagnosticDescriptors.MissingStopToken)
{
    public override void Analyze(WorkerContext context)
    {
        var worker = context.Worker;
        if (worker.IsSupervised && worker.StopTokens.IsEmpty)
        {
            context.Report(Diagnostic.Create(Descriptor, worker.Location, worker.Method.Name));
        }
    }
}

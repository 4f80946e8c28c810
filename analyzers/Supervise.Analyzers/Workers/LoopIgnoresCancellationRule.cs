namespace Supervise.Analyzers.Workers;

/// <summary>
/// SUP103: a loop that can run forever (see <see cref="LoopShapes"/>) and in which nothing observes
/// cancellation: no token is checked, passed or read, on any path through its condition and body.
/// </summary>
internal sealed class LoopIgnoresCancellationRule() : WorkerRule(DiagnosticDescriptors.LoopIgnoresCancellation)
{
    public override void Analyze(WorkerContext context)
    {
        var worker = context.Worker;
        if (worker.Token is not { } token)
        {
            return;
        }

        foreach (var loop in worker.Operations.Loops)
        {
            if (!OperationWalk.IsInStaticFunction(loop)
                && LoopShapes.CanRunForever(loop, context.Symbols)
                && !worker.Observations.Observes(loop))
            {
                context.Report(Diagnostic.Create(
                    Descriptor,
                    LoopShapes.KeywordLocation(loop),
                    ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyNames.StopToken, token.Expression),
                    LoopShapes.Describe(loop),
                    token.Expression));
            }
        }
    }
}

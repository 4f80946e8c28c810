namespace Supervise.Analyzers.Workers;

/// <summary>
/// SUP103: a loop that can run forever (see <see cref="LoopShapes"/>) and in which nothing observes
/// cancellation: no token is checked, passed or read, on any path through its condition and body.
/// </summary>
internal sealed class LoopIgnoresCancellationRule() : WorkerRule(DiagnosticDescriptors.LoopIgnoresCancellation)
{
    public override void Analyze(WorkerContext context)
    {
        foreach (var finding in context.RootCauses.EndlessLoops)
        {
            context.Report(finding.Diagnostic);
        }
    }

    /// <summary>
    /// Everything this rule would report, before <see cref="RootCauses"/> leaves out the loops SUP102 explains. A loop
    /// that calls an unresolved member of the worker's own type is left alone: that member may observe the stop.
    /// </summary>
    public static IReadOnlyList<Finding> Find(Worker worker, WorkerSymbols symbols)
    {
        var findings = new List<Finding>();
        if (worker.Token is not { } token)
        {
            return findings;
        }

        foreach (var loop in worker.Operations.Loops)
        {
            if (!OperationWalk.IsInStaticFunction(loop)
                && LoopShapes.CanRunForever(loop, symbols)
                && !worker.Observations.Observes(loop)
                && !(worker.Operations.HasInvalidCode && UnresolvedMembers.AppearIn(loop)))
            {
                findings.Add(new Finding(loop, Diagnostic.Create(
                    DiagnosticDescriptors.LoopIgnoresCancellation,
                    LoopShapes.KeywordLocation(loop),
                    ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyNames.StopToken, token.Expression),
                    LoopShapes.Describe(loop),
                    token.Expression)));
            }
        }

        return findings;
    }
}

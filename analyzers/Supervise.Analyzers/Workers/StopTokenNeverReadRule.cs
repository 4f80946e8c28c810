namespace Supervise.Analyzers.Workers;

/// <summary>
/// SUP101: a worker that takes a stop token and never reads it: no check, no pass-on, no copy. For a
/// <c>SupervisionContext</c>, reading <c>StoppingToken</c> or handing the context on counts;
/// <c>Heartbeat()</c> does not. For a token <c>.editorconfig</c> names (<c>context.CancellationToken</c>), reading that member
/// or calling the carrier's own cancellation check counts.
/// </summary>
internal sealed class StopTokenNeverReadRule() : WorkerRule(DiagnosticDescriptors.StopTokenNeverRead)
{
    public override void Analyze(WorkerContext context)
    {
        var worker = context.Worker;
        if (worker.Token is not { } token || token.Parameter.Locations.IsEmpty)
        {
            return;
        }

        foreach (var reference in worker.Operations.ParameterReferences)
        {
            if (FindStopToken(worker, reference.Parameter) is { } stopToken && IsRead(reference, stopToken))
            {
                return;
            }
        }

        context.Report(Diagnostic.Create(Descriptor, token.Parameter.Locations[0], worker.Method.Name, token.Expression));
    }

    private static StopToken? FindStopToken(Worker worker, IParameterSymbol parameter)
    {
        foreach (var stopToken in worker.StopTokens)
        {
            if (SymbolEqualityComparer.Default.Equals(stopToken.Parameter, parameter))
            {
                return stopToken;
            }
        }

        return null;
    }

    private static bool IsRead(IParameterReferenceOperation reference, StopToken stopToken)
    {
        for (var ancestor = reference.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor is INameOfOperation)
            {
                return false;
            }
        }

        switch (reference.Parent)
        {
            case IAssignmentOperation assignment when assignment.Target == reference:
            case ISimpleAssignmentOperation { Target: IDiscardOperation }:
                return false;
            case IPropertyReferenceOperation property when stopToken.IsContext && property.Instance == reference:
                return property.Property.Name == stopToken.Member;
            case IInvocationOperation invocation when stopToken.IsContext && invocation.Instance == reference:
                // A configured token carrier's own check (Hangfire's ThrowIfCancellationRequested) reads the token; Heartbeat() does not.
                return invocation.TargetMethod.Name.IndexOf("Cancel", System.StringComparison.Ordinal) >= 0;
            default:
                return true;
        }
    }
}

namespace Supervise.Analyzers.Workers;

/// <summary>
/// SUP101: a worker that takes a stop token and never reads it: no check, no pass-on, no copy. For a
/// <c>SupervisionContext</c>, reading <c>StoppingToken</c> or handing the context on counts;
/// <c>Heartbeat()</c> does not. For a token <c>.editorconfig</c> names (<c>context.CancellationToken</c>), reading that member
/// or calling the carrier's own cancellation check counts. A body that does nothing that can take time (no loop, no await, no
/// call that waits, takes a token, returns work in progress, or runs code of the project or a delegate whose length nobody can
/// tell) is left alone: there is no stop for it to notice, and dropping the token would only trade this warning for SUP100.
/// </summary>
internal sealed class StopTokenNeverReadRule() : WorkerRule(DiagnosticDescriptors.StopTokenNeverRead)
{
    public override void Analyze(WorkerContext context)
    {
        if (context.RootCauses.NeverRead is { } diagnostic)
        {
            context.Report(diagnostic);
        }
    }

    /// <summary>What this rule would report, before <see cref="RootCauses"/> leaves it to a rule nearer the cause.</summary>
    public static Diagnostic? Find(Worker worker, WorkerSymbols symbols)
    {
        if (worker.Token is not { } token || token.Parameter.Locations.IsEmpty)
        {
            return null;
        }

        foreach (var reference in worker.Operations.ParameterReferences)
        {
            if (FindStopToken(worker, reference.Parameter) is { } stopToken && IsRead(reference, stopToken))
            {
                return null;
            }
        }

        if (!CanTakeTime(worker, symbols) || (worker.Operations.HasInvalidCode && UnresolvedMembers.AppearIn(worker.Body)))
        {
            return null;
        }

        return Diagnostic.Create(DiagnosticDescriptors.StopTokenNeverRead, token.Parameter.Locations[0], worker.Method.Name, token.Expression);
    }

    /// <summary>Whether anything in the body could keep it running long enough for a stop to matter.</summary>
    private static bool CanTakeTime(Worker worker, WorkerSymbols symbols)
    {
        var operations = worker.Operations;
        if (operations.Loops.Count > 0 || operations.Awaits.Count > 0 || operations.HasGoTo || operations.HasInvalidCode)
        {
            return true;
        }

        foreach (var invocation in operations.Invocations)
        {
            if (IsWorkInProgress(invocation, symbols)
                || RunsUnknownCode(invocation.TargetMethod)
                || worker.BlockingWaits.Describe(invocation) is not null
                || (worker.Method.ContainingType is { } within && TokenForwarding.TryFind(invocation, symbols, within, out _, out _)))
            {
                return true;
            }
        }

        foreach (var property in operations.PropertyReferences)
        {
            if (worker.BlockingWaits.Describe(property) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A method of the project itself, or a delegate: it may do anything, for as long as it likes. A local function's body is the worker's own.</summary>
    private static bool RunsUnknownCode(IMethodSymbol method) =>
        method.MethodKind == MethodKind.DelegateInvoke
        || (method.MethodKind != MethodKind.LocalFunction && !method.Locations.IsEmpty && method.Locations[0].IsInSource);

    /// <summary>A call that returns a task still running; <c>Task.FromResult</c> and its kin return finished ones.</summary>
    private static bool IsWorkInProgress(IInvocationOperation invocation, WorkerSymbols symbols) =>
        symbols.IsAwaitableWork(invocation.Type)
        && !(invocation.TargetMethod.IsStatic
            && invocation.TargetMethod.Name.StartsWith("From", System.StringComparison.Ordinal)
            && (WorkerSymbols.Is(invocation.TargetMethod.ContainingType, symbols.Task) || WorkerSymbols.Is(invocation.TargetMethod.ContainingType, symbols.ValueTask)));

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

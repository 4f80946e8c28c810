namespace Supervise.Analyzers.Workers;

/// <summary>
/// Where code looks at cancellation: reads a token (any token: a field, a linked source's, the
/// context's), asks a token source whether it is cancelled, or hands a <c>SupervisionContext</c> on.
/// A call of a local function that does one of those counts too.
/// </summary>
internal sealed class CancellationObservations
{
    private readonly WorkerSymbols _symbols;
    private readonly HashSet<IMethodSymbol> _observingLocalFunctions = new(SymbolEqualityComparer.Default);

    public CancellationObservations(Worker worker, WorkerSymbols symbols)
    {
        _symbols = symbols;
        foreach (var local in worker.Operations.LocalFunctions)
        {
            if (HasDirectObservation(local))
            {
                _observingLocalFunctions.Add(local.Symbol);
            }
        }
    }

    /// <summary>Whether <paramref name="root"/> or anything in it observes cancellation.</summary>
    public bool Observes(IOperation? root)
    {
        if (root is null)
        {
            return false;
        }

        foreach (var operation in root.DescendantsAndSelf())
        {
            if (IsObservation(operation)
                || (operation is IInvocationOperation { TargetMethod.MethodKind: MethodKind.LocalFunction } call && _observingLocalFunctions.Contains(call.TargetMethod.OriginalDefinition)))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsObservation(IOperation operation)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation { Property.Name: "None" } none when _symbols.IsToken(none.Property.ContainingType):
                return false;
            case IParameterReferenceOperation or ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation or IInvocationOperation
                when _symbols.IsToken(operation.Type) && !IsAssignmentTarget(operation):
                return true;
            case IPropertyReferenceOperation { Property.Name: "IsCancellationRequested" } requested
                when WorkerSymbols.Is(requested.Property.ContainingType, _symbols.CancellationTokenSource):
                return true;
            case IArgumentOperation argument when _symbols.IsContext(argument.Value.Type):
                return true;
            default:
                return false;
        }
    }

    private bool HasDirectObservation(ILocalFunctionOperation local)
    {
        foreach (var operation in local.Descendants())
        {
            if (IsObservation(operation))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAssignmentTarget(IOperation operation) =>
        operation.Parent is IAssignmentOperation assignment && assignment.Target == operation;
}

namespace Supervise.Analyzers.Workers;

/// <summary>
/// The operations of a worker's body that the rules look at, sorted by kind in one walk over the
/// whole body (lambdas and local functions included), so the rules need not each walk it again.
/// Each list is in source order.
/// </summary>
internal sealed class WorkerOperations
{
    private readonly List<IInvocationOperation> _invocations = new();
    private readonly List<ILoopOperation> _loops = new();
    private readonly List<ITryOperation> _tries = new();
    private readonly List<IAwaitOperation> _awaits = new();
    private readonly List<IParameterReferenceOperation> _parameterReferences = new();
    private readonly List<ILocalReferenceOperation> _localReferences = new();
    private readonly List<IPropertyReferenceOperation> _propertyReferences = new();
    private readonly List<IAnonymousFunctionOperation> _lambdas = new();
    private readonly List<ILocalFunctionOperation> _localFunctions = new();

    public WorkerOperations(IOperation body)
    {
        // A stack of child enumerators, one per level of nesting, walks the body in source order without reversing or copying any child list.
        var pending = new Stack<IOperation.OperationList.Enumerator>(16);
        pending.Push(body.ChildOperations.GetEnumerator());
        while (pending.Count > 0)
        {
            var children = pending.Pop();
            if (!children.MoveNext())
            {
                continue;
            }

            var operation = children.Current;
            pending.Push(children);
            Sort(operation);
            pending.Push(operation.ChildOperations.GetEnumerator());
        }
    }

    public IReadOnlyList<IInvocationOperation> Invocations => _invocations;

    public IReadOnlyList<ILoopOperation> Loops => _loops;

    public IReadOnlyList<ITryOperation> Tries => _tries;

    public IReadOnlyList<IAwaitOperation> Awaits => _awaits;

    public IReadOnlyList<IParameterReferenceOperation> ParameterReferences => _parameterReferences;

    public IReadOnlyList<ILocalReferenceOperation> LocalReferences => _localReferences;

    public IReadOnlyList<IPropertyReferenceOperation> PropertyReferences => _propertyReferences;

    public IReadOnlyList<IAnonymousFunctionOperation> Lambdas => _lambdas;

    public IReadOnlyList<ILocalFunctionOperation> LocalFunctions => _localFunctions;

    /// <summary>Whether the body has a <c>goto</c> (to a label, a case or the default), which can close a loop of its own.</summary>
    public bool HasGoTo { get; private set; }

    /// <summary>Whether the body has code the compiler could not bind, whose control flow is anyone's guess.</summary>
    public bool HasInvalidCode { get; private set; }

    /// <summary>By kind first: an enum test is cheaper than trying each interface on every operation.</summary>
    private void Sort(IOperation operation)
    {
        switch (operation.Kind)
        {
            case OperationKind.Invocation:
                _invocations.Add((IInvocationOperation)operation);
                break;
            case OperationKind.Loop:
                _loops.Add((ILoopOperation)operation);
                break;
            case OperationKind.Try:
                _tries.Add((ITryOperation)operation);
                break;
            case OperationKind.Await:
                _awaits.Add((IAwaitOperation)operation);
                break;
            case OperationKind.ParameterReference:
                _parameterReferences.Add((IParameterReferenceOperation)operation);
                break;
            case OperationKind.LocalReference:
                _localReferences.Add((ILocalReferenceOperation)operation);
                break;
            case OperationKind.PropertyReference:
                _propertyReferences.Add((IPropertyReferenceOperation)operation);
                break;
            case OperationKind.AnonymousFunction:
                _lambdas.Add((IAnonymousFunctionOperation)operation);
                break;
            case OperationKind.LocalFunction:
                _localFunctions.Add((ILocalFunctionOperation)operation);
                break;
            case OperationKind.Branch when ((IBranchOperation)operation).BranchKind == BranchKind.GoTo:
                HasGoTo = true;
                break;
            case OperationKind.Invalid:
                HasInvalidCode = true;
                break;
        }
    }
}

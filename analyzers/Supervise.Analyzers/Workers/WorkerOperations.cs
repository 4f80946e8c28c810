using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

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
        var pending = new Stack<IOperation>();
        PushChildren(pending, body);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            Sort(operation);
            PushChildren(pending, operation);
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

    private void Sort(IOperation operation)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                _invocations.Add(invocation);
                break;
            case ILoopOperation loop:
                _loops.Add(loop);
                break;
            case ITryOperation tryOperation:
                _tries.Add(tryOperation);
                break;
            case IAwaitOperation awaitOperation:
                _awaits.Add(awaitOperation);
                break;
            case IParameterReferenceOperation parameterReference:
                _parameterReferences.Add(parameterReference);
                break;
            case ILocalReferenceOperation localReference:
                _localReferences.Add(localReference);
                break;
            case IPropertyReferenceOperation propertyReference:
                _propertyReferences.Add(propertyReference);
                break;
            case IAnonymousFunctionOperation lambda:
                _lambdas.Add(lambda);
                break;
            case ILocalFunctionOperation localFunction:
                _localFunctions.Add(localFunction);
                break;
            case IBranchOperation { BranchKind: BranchKind.GoTo }:
                HasGoTo = true;
                break;
            case IInvalidOperation:
                HasInvalidCode = true;
                break;
        }
    }

    /// <summary>Pushed last to first, so they are taken first to last: the walk visits the body in source order.</summary>
    private static void PushChildren(Stack<IOperation> pending, IOperation operation)
    {
        foreach (var child in operation.ChildOperations.Reverse())
        {
            pending.Push(child);
        }
    }
}

using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Supervise.Analyzers.Workers;

/// <summary>
/// Calls that hold the thread until something completes and that a stop cannot interrupt:
/// <c>Thread.Sleep</c>, <c>Task.Wait</c>, <c>Task.Result</c>, <c>GetAwaiter().GetResult()</c>, and
/// waits on handles or slim primitives that are given no token.
/// </summary>
internal sealed class BlockingWaits
{
    private readonly WorkerSymbols _symbols;
    private readonly List<(ISymbol Awaited, int Position)> _awaited = new();

    public BlockingWaits(Worker worker, WorkerSymbols symbols)
    {
        _symbols = symbols;
        foreach (var await in worker.Operations.Awaits)
        {
            foreach (var inner in await.Operation.DescendantsAndSelf())
            {
                if (ReferencedSymbol(inner) is { } symbol)
                {
                    _awaited.Add((symbol, await.Syntax.SpanStart));
                }
            }
        }
    }

    /// <summary>The wait as messages name it, or null when <paramref name="operation"/> is not a blocking wait the stop cannot interrupt.</summary>
    public string? Describe(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => DescribeCall(invocation),
        IPropertyReferenceOperation { Property.Name: "Result" } result
            when (WorkerSymbols.Is(result.Property.ContainingType.OriginalDefinition, _symbols.TaskOfT) || WorkerSymbols.Is(result.Property.ContainingType.OriginalDefinition, _symbols.ValueTaskOfT))
                && !WasAwaitedBefore(result.Instance, result.Syntax.SpanStart)
            => result.Property.ContainingType.Name + ".Result",
        _ => null,
    };

    private string? DescribeCall(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (type is null)
        {
            return null;
        }

        if (WorkerSymbols.Is(type, _symbols.Thread) && method.Name == "Sleep")
        {
            // An infinite sleep is SUP106's: the worker never ends.
            return InfiniteWaits.IsInfiniteSleep(invocation, _symbols) ? null : "Thread.Sleep";
        }

        if (WorkerSymbols.IsOrDerivesFrom(type, _symbols.Task) && method.Name is "Wait" or "WaitAll" or "WaitAny")
        {
            return InfiniteWaits.FindTokenArgument(invocation, _symbols) is null ? "Task." + method.Name : null;
        }

        if (WorkerSymbols.IsOrDerivesFrom(type, _symbols.WaitHandle) && method.Name is "WaitOne" or "WaitAll" or "WaitAny")
        {
            return WaitsOnATokenHandle(invocation) ? null : "WaitHandle." + method.Name;
        }

        if ((WorkerSymbols.Is(type, _symbols.SemaphoreSlim) || WorkerSymbols.Is(type, _symbols.ManualResetEventSlim)) && method.Name == "Wait")
        {
            return InfiniteWaits.FindTokenArgument(invocation, _symbols) is null ? type.Name + ".Wait" : null;
        }

        if (method.Name == "GetResult" && method.Parameters.IsEmpty && IsAwaiter(type))
        {
            return "GetAwaiter().GetResult()";
        }

        return null;
    }

    private static bool IsAwaiter(INamedTypeSymbol type) =>
        type.Name.EndsWith("Awaiter", System.StringComparison.Ordinal)
        && (type.ContainingType ?? type).ContainingNamespace?.ToDisplayString() == "System.Runtime.CompilerServices";

    private bool WaitsOnATokenHandle(IInvocationOperation invocation)
    {
        foreach (var operation in invocation.Descendants())
        {
            if (operation is IPropertyReferenceOperation { Property.Name: "WaitHandle" } handle && _symbols.IsToken(handle.Property.ContainingType))
            {
                return true;
            }
        }

        return false;
    }

    private bool WasAwaitedBefore(IOperation? task, int position)
    {
        if (ReferencedSymbol(OperationWalk.Unwrap(task)) is not { } symbol)
        {
            return false;
        }

        foreach (var (awaited, awaitPosition) in _awaited)
        {
            if (awaitPosition < position && SymbolEqualityComparer.Default.Equals(awaited, symbol))
            {
                return true;
            }
        }

        return false;
    }

    private static ISymbol? ReferencedSymbol(IOperation? operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        _ => null,
    };
}

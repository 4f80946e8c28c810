namespace Supervise.Analyzers.Workers;

/// <summary>
/// Calls that hold the thread until something completes and that a stop cannot interrupt:
/// <c>Thread.Sleep</c>, <c>Task.Wait</c>, <c>Task.Result</c>, <c>GetAwaiter().GetResult()</c>, and
/// waits on handles or slim primitives that are given no token. In async code, also the waits a stop
/// can interrupt (<c>token.WaitHandle.WaitOne</c>, <c>Task.Wait(token)</c>): they hold a thread-pool thread
/// until the stop, where an await would hold none.
/// </summary>
internal sealed class BlockingWaits
{
    private readonly WorkerSymbols _symbols;
    private readonly WorkerOperations _operations;
    private readonly IMethodSymbol _method;
    private List<(ISymbol Awaited, int Position)>? _awaited;

    public BlockingWaits(Worker worker, WorkerSymbols symbols)
    {
        _symbols = symbols;
        _operations = worker.Operations;
        _method = worker.Method;
    }

    /// <summary>The wait, or null when <paramref name="operation"/> is not a blocking wait the rule reports.</summary>
    public BlockingWait? Describe(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => DescribeCall(invocation) is { } name ? new BlockingWait(name, StopCanInterrupt: false) : DescribeInterruptibleCall(invocation),
        IPropertyReferenceOperation { Property.Name: "Result" } result
            when (WorkerSymbols.Is(result.Property.ContainingType.OriginalDefinition, _symbols.TaskOfT) || WorkerSymbols.Is(result.Property.ContainingType.OriginalDefinition, _symbols.ValueTaskOfT))
                && !WasAwaitedBefore(result.Instance, result.Syntax.SpanStart)
            => new BlockingWait(result.Property.ContainingType.Name + ".Result", StopCanInterrupt: false),
        _ => null,
    };

    /// <summary>A wait the stop ends, reported only in async code: in synchronous code it is the way to wait.</summary>
    private BlockingWait? DescribeInterruptibleCall(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.ContainingType is not { } type || method.Name is not ("Wait" or "WaitAll" or "WaitAny" or "WaitOne"))
        {
            return null;
        }

        string? name = null;
        if (method.Name is "WaitOne" or "WaitAll" or "WaitAny" && WorkerSymbols.IsOrDerivesFrom(type, _symbols.WaitHandle))
        {
            name = WaitsOnATokenHandle(invocation) ? "CancellationToken.WaitHandle." + method.Name : null;
        }
        else if (WorkerSymbols.IsOrDerivesFrom(type, _symbols.Task) || WorkerSymbols.Is(type, _symbols.SemaphoreSlim) || WorkerSymbols.Is(type, _symbols.ManualResetEventSlim))
        {
            name = InfiniteWaits.FindTokenArgument(invocation, _symbols) is not null ? type.Name + "." + method.Name : null;
        }

        return name is not null && IsInAsyncFunction(invocation) ? new BlockingWait(name, StopCanInterrupt: true) : null;
    }

    /// <summary>Whether the function the operation runs in (lambda, local function or the worker) is async.</summary>
    private bool IsInAsyncFunction(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IAnonymousFunctionOperation lambda:
                    return lambda.Symbol.IsAsync;
                case ILocalFunctionOperation local:
                    return local.Symbol.IsAsync;
            }
        }

        return _method.IsAsync;
    }

    private string? DescribeCall(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (type is null)
        {
            return null;
        }

        // The name first: it rules out nearly every call without a walk up the type's bases.
        if (method.Name == "Sleep" && WorkerSymbols.Is(type, _symbols.Thread))
        {
            // An infinite sleep is SUP106's: the worker never ends.
            return InfiniteWaits.IsInfiniteSleep(invocation, _symbols) ? null : "Thread.Sleep";
        }

        if (method.Name is "Wait" or "WaitAll" or "WaitAny" && WorkerSymbols.IsOrDerivesFrom(type, _symbols.Task))
        {
            return InfiniteWaits.FindTokenArgument(invocation, _symbols) is null ? "Task." + method.Name : null;
        }

        if (method.Name is "WaitOne" or "WaitAll" or "WaitAny" && WorkerSymbols.IsOrDerivesFrom(type, _symbols.WaitHandle))
        {
            return WaitsOnATokenHandle(invocation) ? null : "WaitHandle." + method.Name;
        }

        if (method.Name == "Wait" && (WorkerSymbols.Is(type, _symbols.SemaphoreSlim) || WorkerSymbols.Is(type, _symbols.ManualResetEventSlim)))
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

        foreach (var (awaited, awaitPosition) in Awaited())
        {
            if (awaitPosition < position && SymbolEqualityComparer.Default.Equals(awaited, symbol))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What each await waits on, and where; gathered only once a <c>.Result</c> needs it, which few workers read.</summary>
    private List<(ISymbol Awaited, int Position)> Awaited()
    {
        if (_awaited is { } known)
        {
            return known;
        }

        var awaited = new List<(ISymbol Awaited, int Position)>();
        foreach (var await in _operations.Awaits)
        {
            foreach (var inner in await.Operation.DescendantsAndSelf())
            {
                if (ReferencedSymbol(inner) is { } symbol)
                {
                    awaited.Add((symbol, await.Syntax.SpanStart));
                }
            }
        }

        _awaited = awaited;
        return awaited;
    }

    private static ISymbol? ReferencedSymbol(IOperation? operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        _ => null,
    };
}

/// <summary>A blocking wait: its name as messages give it, and whether the stop ends it (a wait on the token, in async code).</summary>
internal readonly record struct BlockingWait(string Name, bool StopCanInterrupt)
{
    /// <summary>What the message says after the name.</summary>
    public string Consequence => StopCanInterrupt
        ? "in async code it holds a thread-pool thread until the stop; await instead"
        : "a stop cannot interrupt it";
}

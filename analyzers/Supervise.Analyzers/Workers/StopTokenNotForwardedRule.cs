namespace Supervise.Analyzers.Workers;

/// <summary>
/// SUP102: a call inside the worker that could take the stop token and is not given one, or an
/// <c>await foreach</c> over an async stream without <c>WithCancellation</c>.
/// </summary>
internal sealed class StopTokenNotForwardedRule() : WorkerRule(DiagnosticDescriptors.StopTokenNotForwarded)
{
    public override void Analyze(WorkerContext context)
    {
        foreach (var finding in context.RootCauses.UnforwardedTokens)
        {
            context.Report(finding.Diagnostic);
        }
    }

    /// <summary>Everything this rule would report, before <see cref="RootCauses"/> leaves out what another rule reports for the same cause.</summary>
    public static IReadOnlyList<Finding> Find(Worker worker, WorkerSymbols symbols)
    {
        var findings = new List<Finding>();
        if (worker.Token is not { } token || worker.Method.ContainingType is not { } within)
        {
            return findings;
        }

        foreach (var invocation in worker.Operations.Invocations)
        {
            // Cheapest test first: most calls pass a token already or have no overload that takes one.
            if (TokenForwarding.TryFind(invocation, symbols, within, out var fixKind, out var parameterName)
                && worker.BlockingWaits.Describe(invocation) is null
                && !InfiniteWaits.IsInfiniteDelay(invocation, symbols)
                && !SchedulesWorkThatObservesTheStop(invocation, worker, symbols)
                && TokenToPass(invocation, token, symbols) is { } tokenExpression)
            {
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(DiagnosticPropertyNames.StopToken, tokenExpression)
                    .Add(DiagnosticPropertyNames.FixKind, fixKind)
                    .Add(DiagnosticPropertyNames.ParameterName, parameterName);
                findings.Add(new Finding(invocation, Diagnostic.Create(
                    DiagnosticDescriptors.StopTokenNotForwarded,
                    CallNames.NameLocation(invocation),
                    properties,
                    tokenExpression,
                    CallNames.Display(invocation.TargetMethod))));
            }
        }

        foreach (var loop in worker.Operations.Loops)
        {
            if (loop is IForEachLoopOperation { IsAsynchronous: true } asyncLoop
                && TokenToPass(asyncLoop, token, symbols) is { } tokenExpression
                && LacksCancellation(asyncLoop.Collection, symbols))
            {
                findings.Add(new Finding(asyncLoop, Diagnostic.Create(
                    DiagnosticDescriptors.StopTokenNotForwarded,
                    OperationWalk.Unwrap(asyncLoop.Collection)!.Syntax.GetLocation(),
                    ImmutableDictionary<string, string?>.Empty
                        .Add(DiagnosticPropertyNames.StopToken, tokenExpression)
                        .Add(DiagnosticPropertyNames.FixKind, FixKinds.WithCancellation),
                    tokenExpression,
                    "await foreach")));
            }
        }

        return findings;
    }

    /// <summary>
    /// <c>Task.Run</c>, <c>TaskFactory.StartNew</c> or <c>ContinueWith</c> handed a delegate that already observes the
    /// stop: their own token only keeps a task from starting, and cannot interrupt one that runs.
    /// </summary>
    private static bool SchedulesWorkThatObservesTheStop(IInvocationOperation invocation, Worker worker, WorkerSymbols symbols)
    {
        var method = invocation.TargetMethod;
        var schedules = method.Name switch
        {
            "Run" => method.IsStatic && WorkerSymbols.Is(method.ContainingType, symbols.Task),
            "StartNew" => method.ContainingType is { Name: "TaskFactory" } factory && factory.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks",
            "ContinueWith" => WorkerSymbols.IsOrDerivesFrom(method.ContainingType, symbols.Task),
            _ => false,
        };
        if (!schedules)
        {
            return false;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (OperationWalk.Unwrap(argument.Value) is IDelegateCreationOperation or IAnonymousFunctionOperation
                && worker.Observations.Observes(argument.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The token to pass at <paramref name="operation"/>: inside a lambda or local function that takes its
    /// own token (Parallel.ForEachAsync's), that one; the stop token otherwise; none in a static function.
    /// </summary>
    private static string? TokenToPass(IOperation operation, StopToken token, WorkerSymbols symbols) =>
        NearestOwnToken(operation, symbols) ?? (OperationWalk.IsInStaticFunction(operation) ? null : token.Expression);

    private static string? NearestOwnToken(IOperation operation, WorkerSymbols symbols)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            var function = current switch
            {
                IAnonymousFunctionOperation lambda => lambda.Symbol,
                ILocalFunctionOperation local => local.Symbol,
                _ => null,
            };
            if (function is null)
            {
                continue;
            }

            foreach (var parameter in function.Parameters)
            {
                if (symbols.IsToken(parameter.Type) && !parameter.IsDiscard)
                {
                    return Identifiers.Escape(parameter.Name);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether an async stream is enumerated with no token at all: none passed where it was made, no
    /// <c>WithCancellation</c>. When the call that makes it could take one, that call is reported instead.
    /// </summary>
    private static bool LacksCancellation(IOperation collection, WorkerSymbols symbols)
    {
        var stream = OperationWalk.Unwrap(collection);
        if (stream?.Type is not INamedTypeSymbol type || !IsAsyncStream(type, symbols))
        {
            return false;
        }

        foreach (var operation in stream.DescendantsAndSelf())
        {
            if (symbols.IsToken(operation.Type) || operation is IArgumentOperation { ArgumentKind: ArgumentKind.DefaultValue } defaulted && symbols.IsToken(defaulted.Parameter?.Type))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsyncStream(INamedTypeSymbol type, WorkerSymbols symbols)
    {
        if (WorkerSymbols.Is(type.OriginalDefinition, symbols.AsyncEnumerableOfT) || WorkerSymbols.Is(type.OriginalDefinition, symbols.ConfiguredCancelableAsyncEnumerableOfT))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (WorkerSymbols.Is(implemented.OriginalDefinition, symbols.AsyncEnumerableOfT))
            {
                return true;
            }
        }

        return false;
    }
}

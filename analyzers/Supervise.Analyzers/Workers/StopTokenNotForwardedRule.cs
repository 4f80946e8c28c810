namespace Supervise.Analyzers.Workers;

/// <summary>
/// SUP102: a call inside the worker that could take the stop token and is not given one, or an
/// <c>await foreach</c> over an async stream without <c>WithCancellation</c>.
/// </summary>
internal sealed class StopTokenNotForwardedRule() : WorkerRule(DiagnosticDescriptors.StopTokenNotForwarded)
{
    public override void Analyze(WorkerContext context)
    {
        var worker = context.Worker;
        if (worker.Token is not { } token || worker.Method.ContainingType is not { } within)
        {
            return;
        }

        foreach (var invocation in worker.Operations.Invocations)
        {
            // Cheapest test first: most calls pass a token already or have no overload that takes one.
            if (TokenForwarding.TryFind(invocation, context.Symbols, within, out var fixKind, out var parameterName)
                && worker.BlockingWaits.Describe(invocation) is null
                && !InfiniteWaits.IsInfiniteDelay(invocation, context.Symbols)
                && TokenToPass(invocation, token, context.Symbols) is { } tokenExpression)
            {
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(DiagnosticPropertyNames.StopToken, tokenExpression)
                    .Add(DiagnosticPropertyNames.FixKind, fixKind)
                    .Add(DiagnosticPropertyNames.ParameterName, parameterName);
                context.Report(Diagnostic.Create(
                    Descriptor,
                    CallNames.NameLocation(invocation),
                    properties,
                    tokenExpression,
                    CallNames.Display(invocation.TargetMethod)));
            }
        }

        foreach (var loop in worker.Operations.Loops)
        {
            if (loop is IForEachLoopOperation { IsAsynchronous: true } asyncLoop
                && TokenToPass(asyncLoop, token, context.Symbols) is { } tokenExpression
                && LacksCancellation(asyncLoop.Collection, context))
            {
                context.Report(Diagnostic.Create(
                    Descriptor,
                    OperationWalk.Unwrap(asyncLoop.Collection)!.Syntax.GetLocation(),
                    ImmutableDictionary<string, string?>.Empty
                        .Add(DiagnosticPropertyNames.StopToken, tokenExpression)
                        .Add(DiagnosticPropertyNames.FixKind, FixKinds.WithCancellation),
                    tokenExpression,
                    "await foreach"));
            }
        }
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
    private static bool LacksCancellation(IOperation collection, WorkerContext context)
    {
        var stream = OperationWalk.Unwrap(collection);
        if (stream?.Type is not INamedTypeSymbol type || !IsAsyncStream(type, context.Symbols))
        {
            return false;
        }

        foreach (var operation in stream.DescendantsAndSelf())
        {
            if (context.Symbols.IsToken(operation.Type) || operation is IArgumentOperation { ArgumentKind: ArgumentKind.DefaultValue } defaulted && context.Symbols.IsToken(defaulted.Parameter?.Type))
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

using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Supervise.Analyzers.Workers;

/// <summary>
/// SUP105: inside a loop, a catch that an <c>OperationCanceledException</c> reaches (a catch-all,
/// <c>Exception</c>, <c>OperationCanceledException</c>…) with no filter about cancellation, no rethrow
/// and no way out of the loop, in a loop that observes cancellation nowhere else: the stop becomes
/// one more iteration. A finite synchronous <c>foreach</c> is not where a stop turns into another
/// iteration: it runs out by itself, so the catch is judged against the loop around it, if any.
/// </summary>
internal sealed class CatchSwallowsCancellationRule() : WorkerRule(DiagnosticDescriptors.CatchSwallowsCancellation)
{
    public override void Analyze(WorkerContext context)
    {
        var worker = context.Worker;
        var canceled = context.Symbols.OperationCanceledException;
        if (worker.Token is not { } token || canceled is null)
        {
            return;
        }

        var observations = worker.Observations;
        foreach (var tryOperation in worker.Operations.Tries)
        {
            if (JudgedLoop(tryOperation) is not { } loop
                || (LoopConditions.TryRead(loop, out var condition) && observations.Observes(condition))
                || ObservesOutside(loop, tryOperation, observations))
            {
                continue;
            }

            foreach (var catchClause in tryOperation.Catches)
            {
                if (WorkerSymbols.Is(catchClause.ExceptionType, canceled))
                {
                    // Every later catch is shielded from cancellations by this one, which is judged on its own.
                    if (Swallows(catchClause, loop, observations, context.Symbols))
                    {
                        Report(context, catchClause, loop, token, FixKinds.ExcludeStop);
                    }

                    break;
                }

                if (CatchesCancellation(catchClause.ExceptionType, canceled) && Swallows(catchClause, loop, observations, context.Symbols))
                {
                    var fixKind = WorkerSymbols.IsOrDerivesFrom(catchClause.ExceptionType, canceled) ? FixKinds.ExcludeStop : FixKinds.ExcludeCancellation;
                    Report(context, catchClause, loop, token, fixKind);
                }
            }
        }
    }

    private static void Report(WorkerContext context, ICatchClauseOperation catchClause, ILoopOperation loop, StopToken token, string fixKind)
    {
        var location = catchClause.Syntax is CatchClauseSyntax syntax
            ? Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(syntax.CatchKeyword.SpanStart, (syntax.Declaration?.Span ?? syntax.CatchKeyword.Span).End))
            : catchClause.Syntax.GetLocation();
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(DiagnosticPropertyNames.StopToken, token.Expression)
            .Add(DiagnosticPropertyNames.FixKind, fixKind);
        context.Report(Diagnostic.Create(DiagnosticDescriptors.CatchSwallowsCancellation, location, properties, token.Expression, LoopShapes.Describe(loop)));
    }

    /// <summary>Whether an <c>OperationCanceledException</c> can land in a catch of <paramref name="caught"/>: a base of it, or a type derived from it.</summary>
    private static bool CatchesCancellation(ITypeSymbol? caught, INamedTypeSymbol canceled) =>
        caught is not null
        && caught.TypeKind != TypeKind.Error
        && (WorkerSymbols.IsOrDerivesFrom(canceled, caught as INamedTypeSymbol) || WorkerSymbols.IsOrDerivesFrom(caught, canceled));

    private static bool Swallows(ICatchClauseOperation catchClause, ILoopOperation loop, CancellationObservations observations, WorkerSymbols symbols)
    {
        if (catchClause.Filter is { } filter && IsAboutCancellation(filter, observations, symbols))
        {
            return false;
        }

        foreach (var operation in OperationWalk.WithinFunction(catchClause.Handler))
        {
            switch (operation)
            {
                case IThrowOperation:
                case IReturnOperation { Kind: OperationKind.Return or OperationKind.YieldBreak }:
                case IBranchOperation { BranchKind: BranchKind.Break } breakOut when SymbolEqualityComparer.Default.Equals(breakOut.Target, loop.ExitLabel):
                    return false;
            }

            if (observations.IsObservation(operation))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A filter that tells cancellations apart: it tests for a cancellation exception type, or reads a token.</summary>
    private static bool IsAboutCancellation(IOperation filter, CancellationObservations observations, WorkerSymbols symbols)
    {
        foreach (var operation in filter.DescendantsAndSelf())
        {
            var tested = operation switch
            {
                IIsTypeOperation isType => isType.TypeOperand,
                ITypePatternOperation typePattern => typePattern.MatchedType,
                IDeclarationPatternOperation declarationPattern => declarationPattern.MatchedType,
                IRecursivePatternOperation recursivePattern => recursivePattern.MatchedType,
                _ => null,
            };
            if (WorkerSymbols.IsOrDerivesFrom(tested, symbols.OperationCanceledException) || observations.IsObservation(operation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The loop a stop would keep turning: the nearest one around the try that is not a finite synchronous foreach.</summary>
    private static ILoopOperation? JudgedLoop(IOperation operation)
    {
        var loop = EnclosingLoop(operation);
        while (loop is IForEachLoopOperation { IsAsynchronous: false } finite && !HasAwait(finite.Body))
        {
            loop = EnclosingLoop(finite);
        }

        return loop;
    }

    private static bool HasAwait(IOperation body)
    {
        foreach (var operation in OperationWalk.WithinFunction(body))
        {
            if (operation is IAwaitOperation)
            {
                return true;
            }
        }

        return false;
    }

    private static ILoopOperation? EnclosingLoop(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case ILoopOperation loop:
                    return loop;
                case IAnonymousFunctionOperation or ILocalFunctionOperation:
                    return null;
            }
        }

        return null;
    }

    /// <summary>Whether the loop's body looks at cancellation anywhere outside <paramref name="excluded"/>, so a swallowed stop is seen again.</summary>
    private static bool ObservesOutside(ILoopOperation loop, IOperation excluded, CancellationObservations observations)
    {
        var pending = new Stack<IOperation>();
        pending.Push(loop.Body);
        if (loop is IForLoopOperation forLoop)
        {
            foreach (var step in forLoop.AtLoopBottom)
            {
                pending.Push(step);
            }
        }

        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            if (operation == excluded)
            {
                continue;
            }

            if (observations.IsObservation(operation) || (operation is IInvocationOperation && observations.Observes(operation) && !Contains(operation, excluded)))
            {
                return true;
            }

            foreach (var child in operation.ChildOperations)
            {
                pending.Push(child);
            }
        }

        return false;
    }

    private static bool Contains(IOperation outer, IOperation inner)
    {
        for (var current = inner; current is not null; current = current.Parent)
        {
            if (current == outer)
            {
                return true;
            }
        }

        return false;
    }
}

using Supervise.Analyzers.Background;

namespace Supervise.Analyzers.Workers;

/// <summary>
/// SUP107: work started inside the worker that nobody awaits: a task or value task that is discarded
/// (a bare call, <c>_ = …</c>, or a local never read again), an async void call, or an async lambda
/// passed where a void-returning delegate is expected.
/// </summary>
internal sealed class FireAndForgetRule() : WorkerRule(DiagnosticDescriptors.FireAndForget)
{
    public override void Analyze(WorkerContext context)
    {
        var operations = context.Worker.Operations;
        var readLocals = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        foreach (var local in operations.LocalReferences)
        {
            if (!(local.Parent is IAssignmentOperation assignment && assignment.Target == local))
            {
                readLocals.Add(local.Local);
            }
        }

        foreach (var invocation in operations.Invocations)
        {
            if (IsUnobserved(invocation, context.Symbols, readLocals))
            {
                context.Report(Diagnostic.Create(Descriptor, CallNames.NameLocation(invocation), CallNames.Display(invocation.TargetMethod)));
            }
        }

        bool? callbacksReportedElsewhere = null;
        foreach (var lambda in operations.Lambdas)
        {
            if (lambda.Symbol is { IsAsync: true, ReturnsVoid: true }
                && !(AsyncVoidCallbacks.HandedTo(lambda, context.Symbols.ThreadingTimer) is not null
                    && (callbacksReportedElsewhere ??= CallbacksReportedElsewhere(context))))
            {
                context.Report(Diagnostic.Create(Descriptor, AsyncVoidCallbacks.AsyncKeywordLocation(lambda), "async lambda"));
            }
        }
    }

    /// <summary>A timer callback or event handler is SUP109's finding, one root cause reported once; SUP107 reports it only where SUP109 is off.</summary>
    private static bool CallbacksReportedElsewhere(WorkerContext context) =>
        !RuleSwitches.IsOff(context.Block.Compilation.Options, DiagnosticIds.AsyncVoidCallback, context.Worker.Body.Syntax.SyntaxTree, context.Block.CancellationToken);

    private static bool IsUnobserved(IInvocationOperation invocation, WorkerSymbols symbols, HashSet<ILocalSymbol> readLocals)
    {
        if (invocation.TargetMethod is { IsAsync: true, ReturnsVoid: true })
        {
            return true;
        }

        if (!symbols.IsAwaitableWork(invocation.Type))
        {
            return false;
        }

        var parent = invocation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IExpressionStatementOperation => true,
            ISimpleAssignmentOperation { Target: IDiscardOperation, Parent: IExpressionStatementOperation } => true,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } => !readLocals.Contains(local.Local),
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => !readLocals.Contains(declarator.Symbol),
            _ => false,
        };
    }
}

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
        foreach (var finding in context.RootCauses.FireAndForget)
        {
            context.Report(finding.Diagnostic);
        }
    }

    /// <summary>Everything this rule reports: it is first in the chain of <see cref="RootCauses"/>, so nothing is left out.</summary>
    public static IReadOnlyList<Finding> Find(Worker worker, WorkerSymbols symbols, RuleSwitches switches)
    {
        var findings = new List<Finding>();
        var operations = worker.Operations;
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
            if (IsUnobserved(invocation, symbols, readLocals))
            {
                findings.Add(new Finding(invocation, Diagnostic.Create(DiagnosticDescriptors.FireAndForget, CallNames.NameLocation(invocation), CallNames.Display(invocation.TargetMethod))));
            }
        }

        foreach (var lambda in operations.Lambdas)
        {
            if (lambda.Symbol is { IsAsync: true, ReturnsVoid: true }
                && !(switches.IsOn(DiagnosticIds.AsyncVoidCallback) && AsyncVoidCallbacks.HandedTo(lambda, symbols.ThreadingTimer) is not null))
            {
                // A timer callback or event handler is SUP109's finding, one root cause reported once; here only where SUP109 is off.
                findings.Add(new Finding(lambda, Diagnostic.Create(DiagnosticDescriptors.FireAndForget, AsyncVoidCallbacks.AsyncKeywordLocation(lambda), "async lambda")));
            }
        }

        return findings;
    }

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

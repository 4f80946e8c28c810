using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Supervise.Analyzers.Workers;

/// <summary>SUP104: a blocking wait inside the worker that its stop token cannot interrupt, or that holds a thread in async code (see <see cref="BlockingWaits"/>).</summary>
internal sealed class BlockingWaitRule() : WorkerRule(DiagnosticDescriptors.BlockingWait)
{
    public override void Analyze(WorkerContext context)
    {
        var worker = context.Worker;
        var blockingWaits = worker.BlockingWaits;
        foreach (var invocation in worker.Operations.Invocations)
        {
            if (blockingWaits.Describe(invocation) is { } wait)
            {
                context.Report(Diagnostic.Create(Descriptor, CallNames.NameLocation(invocation), FixProperties(invocation, worker), wait.Name, wait.Consequence));
            }
        }

        foreach (var property in worker.Operations.PropertyReferences)
        {
            if (blockingWaits.Describe(property) is { } wait)
            {
                var location = property.Syntax is MemberAccessExpressionSyntax memberAccess ? memberAccess.Name.GetLocation() : property.Syntax.GetLocation();
                context.Report(Diagnostic.Create(Descriptor, location, FixProperties(property, worker), wait.Name, wait.Consequence));
            }
        }
    }

    /// <summary>A <c>Thread.Sleep</c> statement in an async function can become <c>await Task.Delay</c>.</summary>
    private static ImmutableDictionary<string, string?> FixProperties(IOperation operation, Worker worker)
    {
        if (operation is not IInvocationOperation { TargetMethod.Name: "Sleep", Parent: IExpressionStatementOperation } sleep || !CanAwaitAt(sleep, worker))
        {
            return ImmutableDictionary<string, string?>.Empty;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyNames.FixKind, FixKinds.AwaitDelay);
        return worker.Token is { } token && !OperationWalk.IsInStaticFunction(sleep)
            ? properties.Add(DiagnosticPropertyNames.StopToken, token.Expression)
            : properties;
    }

    private static bool CanAwaitAt(IOperation operation, Worker worker)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case ILockOperation:
                    return false;
                case IAnonymousFunctionOperation lambda:
                    return lambda.Symbol.IsAsync;
                case ILocalFunctionOperation local:
                    return local.Symbol.IsAsync;
            }
        }

        return worker.Method.IsAsync;
    }
}

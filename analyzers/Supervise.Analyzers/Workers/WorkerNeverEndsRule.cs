using Microsoft.CodeAnalysis.FlowAnalysis;

namespace Supervise.Analyzers.Workers;

/// <summary>
/// SUP106: a worker that can never tell the supervisor a run is over: it is async void, it waits
/// forever without its stop token, or, by its control-flow graph, its end is unreachable, no path
/// throws, and nothing in it observes cancellation.
/// </summary>
internal sealed class WorkerNeverEndsRule() : WorkerRule(DiagnosticDescriptors.WorkerNeverEnds)
{
    public override void Analyze(WorkerContext context)
    {
        var worker = context.Worker;
        if (worker.Method is { IsAsync: true, ReturnsVoid: true } && context.RootCauses.ReportsAsyncVoidAsNeverEnding)
        {
            context.Report(Diagnostic.Create(
                Descriptor,
                worker.Location,
                ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyNames.FixKind, FixKinds.ReturnTask),
                worker.Method.Name,
                "it is async void, so the supervisor cannot see it end or fail; return Task"));
        }

        foreach (var invocation in worker.Operations.Invocations)
        {
            ReportInfiniteWait(context, invocation);
        }

        if (context.RootCauses.NeverEnds is { } neverEnds)
        {
            context.Report(neverEnds);
        }
    }

    /// <summary>The finding SUP103 makes of <paramref name="loop"/>, made by this rule when SUP103 is off.</summary>
    public static Diagnostic ForEndlessLoop(Worker worker, ILoopOperation loop) => Diagnostic.Create(
        DiagnosticDescriptors.WorkerNeverEnds,
        worker.Location,
        worker.Method.Name,
        $"the loop '{LoopShapes.Describe(loop)}' can run forever and never observes '{worker.Token?.Expression}'");

    /// <summary>The finding that no path ends, before <see cref="RootCauses"/> leaves it to SUP102 or SUP103 when they report the cause.</summary>
    public static Diagnostic? FindNoEnd(OperationBlockAnalysisContext block, Worker worker, WorkerSymbols symbols)
    {
        if (CanEnd(block, worker))
        {
            return null;
        }

        var reason = worker.Token is { } token
            ? $"no path returns or throws, and it never observes '{token.Expression}'"
            : "no path returns or throws, and it has no stop token to observe";
        return Diagnostic.Create(DiagnosticDescriptors.WorkerNeverEnds, worker.Location, worker.Method.Name, reason);
    }

    private static void ReportInfiniteWait(WorkerContext context, IInvocationOperation invocation)
    {
        var symbols = context.Symbols;
        var token = context.Worker.Token;
        if (InfiniteWaits.IsInfiniteSleep(invocation, symbols))
        {
            Report(context, invocation, ImmutableDictionary<string, string?>.Empty, $"'{CallNames.Display(invocation.TargetMethod)}' sleeps forever, and no stop can wake it");
            return;
        }

        if (!InfiniteWaits.IsInfiniteDelay(invocation, symbols) || OperationWalk.IsInStaticFunction(invocation))
        {
            return;
        }

        var call = CallNames.Display(invocation.TargetMethod);
        var reason = $"'{call}' waits forever without {(token is null ? "a stop token" : $"'{token.Expression}'")}";
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (InfiniteWaits.FindTokenArgument(invocation, symbols) is { } tokenArgument)
        {
            if (!InfiniteWaits.IsNeverCancelled(tokenArgument.Value, symbols))
            {
                return;
            }

            if (token is not null && tokenArgument.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.ArgumentSyntax { Parent: Microsoft.CodeAnalysis.CSharp.Syntax.ArgumentListSyntax list } argumentSyntax)
            {
                properties = properties
                    .Add(DiagnosticPropertyNames.FixKind, FixKinds.ReplaceArgument)
                    .Add(DiagnosticPropertyNames.StopToken, token.Expression)
                    .Add(DiagnosticPropertyNames.ArgumentIndex, list.Arguments.IndexOf(argumentSyntax).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        else if (token is not null && context.Worker.Method.ContainingType is { } within
            && TokenForwarding.TryFind(invocation, symbols, within, out var fixKind, out var parameterName))
        {
            properties = properties
                .Add(DiagnosticPropertyNames.FixKind, fixKind)
                .Add(DiagnosticPropertyNames.StopToken, token.Expression)
                .Add(DiagnosticPropertyNames.ParameterName, parameterName);
        }

        Report(context, invocation, properties, reason);
    }

    private static void Report(WorkerContext context, IInvocationOperation invocation, ImmutableDictionary<string, string?> properties, string reason) =>
        context.Report(Diagnostic.Create(DiagnosticDescriptors.WorkerNeverEnds, CallNames.NameLocation(invocation), properties, context.Worker.Method.Name, reason));

    /// <summary>
    /// Whether the body can end at all: its end is reachable, some reachable path throws, or it observes
    /// cancellation. Code that did not bind leaves the graph's verdict to chance (an unresolved call may well
    /// throw or observe the stop), so such a body is given the benefit of the doubt. The control-flow graph,
    /// the dear part, is built last and only for a body that could spin forever.
    /// </summary>
    private static bool CanEnd(OperationBlockAnalysisContext analysis, Worker worker)
    {
        if (worker.Operations.HasInvalidCode || !EndlessPaths.MayExist(worker.Operations) || worker.Observations.Observes(worker.Body))
        {
            return true;
        }

        var graph = analysis.GetControlFlowGraph(worker.Block);
        if (graph.Blocks[graph.Blocks.Length - 1].IsReachable)
        {
            return true;
        }

        foreach (var block in graph.Blocks)
        {
            if (block.IsReachable && block.FallThroughSuccessor?.Semantics is ControlFlowBranchSemantics.Throw or ControlFlowBranchSemantics.Rethrow)
            {
                return true;
            }
        }

        return false;
    }
}

namespace Supervise.Analyzers.Workers;

/// <summary>
/// SUP110: the worker calls an async helper of its own compilation that takes no token, and that helper (or
/// one it calls, see <see cref="HelperTokenReach"/>) calls an API that accepts one. Reported at the worker's
/// call, naming the helper and the API; the fix gives the helper a token parameter and passes it on.
/// </summary>
internal sealed class TokenStopsAtHelperRule() : WorkerRule(DiagnosticDescriptors.TokenStopsAtHelper)
{
    public override void Analyze(WorkerContext context)
    {
        var worker = context.Worker;
        if (worker.Token is not { } token || worker.Method.ContainingType is not { } within)
        {
            return;
        }

        var reach = context.Symbols.HelperTokenReach(context.Block.Compilation);
        foreach (var invocation in worker.Operations.Invocations)
        {
            var helper = invocation.TargetMethod;

            // A helper with a token overload is SUP102's: passing the token is the whole fix there.
            if (helper.MethodKind != MethodKind.Ordinary
                || !reach.IsHelper(helper.OriginalDefinition)
                || OperationWalk.IsInStaticFunction(invocation)
                || TokenForwarding.TryFind(invocation, context.Symbols, within, out _, out _)
                || reach.Find(helper, context.Block.CancellationToken) is not var (api, chain))
            {
                continue;
            }

            var through = chain.Length > 1 ? $" (through '{chain[chain.Length - 1].Name}')" : string.Empty;
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticPropertyNames.StopToken, token.Expression)
                .Add(DiagnosticPropertyNames.FixKind, chain.Length == 1 ? FixKinds.AddTokenToHelper : null);
            context.Report(Diagnostic.Create(
                Descriptor,
                CallNames.NameLocation(invocation),
                properties,
                helper.Name,
                token.Expression,
                CallNames.Display(api) + through));
        }
    }
}

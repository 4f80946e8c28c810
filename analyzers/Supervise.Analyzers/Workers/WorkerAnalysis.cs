namespace Supervise.Analyzers.Workers;

/// <summary>
/// What the worker rules share in one compilation: its symbols, the cache of token overloads they hold,
/// and which rules each file has turned off. Made at compilation start and dropped with it; nothing outlives it.
/// </summary>
internal sealed class WorkerAnalysis
{
    private readonly WorkerSymbols _symbols;
    private readonly EnabledRules<WorkerRule> _rules;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<SyntaxTree, RuleSwitches> _switches = new();

    private WorkerAnalysis(WorkerSymbols symbols, EnabledRules<WorkerRule> rules)
    {
        _symbols = symbols;
        _rules = rules;
    }

    /// <summary>The analysis of <paramref name="compilation"/>; null when it can hold no worker (see <see cref="WorkerSymbols.Resolve"/>).</summary>
    public static WorkerAnalysis? Start(Compilation compilation, ImmutableArray<WorkerRule> rules) =>
        WorkerSymbols.Resolve(compilation) is { } symbols ? new WorkerAnalysis(symbols, new EnabledRules<WorkerRule>(compilation, rules)) : null;

    public void Analyze(OperationBlockAnalysisContext block)
    {
        if (block.OperationBlocks.IsEmpty)
        {
            return;
        }

        var tree = block.OperationBlocks[0].Syntax.SyntaxTree;
        var rules = _rules.In(tree, block.CancellationToken);
        if (rules.IsEmpty || Worker.Find(block, _symbols) is not { } worker)
        {
            return;
        }

        var switches = _switches.TryGetValue(tree, out var known)
            ? known
            : _switches.GetOrAdd(tree, new RuleSwitches(rules, _rules.IsOn(DiagnosticIds.UnsupportedWorkerSignature, tree, block.CancellationToken)));
        var context = new WorkerContext(block, worker, _symbols, new RootCauses(block, worker, _symbols, switches));
        foreach (var rule in rules)
        {
            rule.Analyze(context);
        }
    }
}

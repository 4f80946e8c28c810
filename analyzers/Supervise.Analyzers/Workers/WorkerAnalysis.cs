namespace Supervise.Analyzers.Workers;

/// <summary>
/// What the worker rules share in one compilation: its symbols, the cache of token overloads they hold,
/// and which rules each file has turned off. Made at compilation start and dropped with it; nothing outlives it.
/// </summary>
internal sealed class WorkerAnalysis
{
    private readonly WorkerSymbols _symbols;
    private readonly EnabledRules<WorkerRule> _rules;
    private readonly Compilation _compilation;
    private readonly AnalyzerOptions _options;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ConfiguredEntryPoints> _entryPoints = new(System.StringComparer.Ordinal);
    private readonly System.Func<SyntaxTree, ConfiguredEntryPoints> _entryPointsOf;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<SyntaxTree, RuleSwitches> _switches = new();

    private WorkerAnalysis(WorkerSymbols symbols, EnabledRules<WorkerRule> rules, Compilation compilation, AnalyzerOptions options)
    {
        _symbols = symbols;
        _rules = rules;
        _compilation = compilation;
        _options = options;
        _entryPointsOf = tree => ConfiguredEntryPoints.For(_options, tree, _compilation, _entryPoints);
    }

    /// <summary>The analysis of <paramref name="compilation"/>; null when it can hold no worker (see <see cref="WorkerSymbols.Resolve"/>).</summary>
    public static WorkerAnalysis? Start(Compilation compilation, AnalyzerOptions options, ImmutableArray<WorkerRule> rules) =>
        WorkerSymbols.Resolve(compilation, () => ConfiguredEntryPoints.AnyIn(compilation, options)) is { } symbols
            ? new WorkerAnalysis(symbols, new EnabledRules<WorkerRule>(compilation, rules), compilation, options)
            : null;

    public void Analyze(OperationBlockAnalysisContext block)
    {
        if (block.OperationBlocks.IsEmpty)
        {
            return;
        }

        var tree = block.OperationBlocks[0].Syntax.SyntaxTree;
        var rules = _rules.In(tree, block.CancellationToken);
        if (rules.IsEmpty || Worker.Find(block, _symbols, _entryPointsOf) is not { } worker)
        {
            return;
        }

        var switches = _switches.TryGetValue(tree, out var known)
            ? known
            : _switches.GetOrAdd(tree, new RuleSwitches(rules, _rules.IsOn(DiagnosticIds.UnsupportedWorkerSignature, tree, block.CancellationToken), _rules.IsOn(DiagnosticIds.AsyncVoidCallback, tree, block.CancellationToken)));
        var context = new WorkerContext(block, worker, _symbols, new RootCauses(block, worker, _symbols, switches));
        foreach (var rule in rules)
        {
            rule.Analyze(context);
        }
    }
}

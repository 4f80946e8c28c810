namespace Supervise.Analyzers.Workers;

/// <summary>
/// A method the worker rules check: a <c>[Supervised]</c> method whose signature the generator
/// accepts (or that is only async void, which SUP106 covers too), or an override of
/// <c>BackgroundService.ExecuteAsync</c> unless <c>.editorconfig</c> turns those off, or an implementation of a
/// method <c>.editorconfig</c> names as an entry point (<see cref="ConfiguredEntryPoints"/>).
/// Every rule is handed the same instance, one after the other, so what one rule learns about the body
/// (its operations, where it observes cancellation, what it blocks on) is worked out once.
/// </summary>
internal sealed class Worker
{
    private readonly WorkerSymbols _symbols;
    private WorkerOperations? _operations;
    private CancellationObservations? _observations;
    private BlockingWaits? _blockingWaits;

    private Worker(IMethodSymbol method, IOperation block, IOperation body, bool isSupervised, ImmutableArray<StopToken> stopTokens, WorkerSymbols symbols)
    {
        Method = method;
        Block = block;
        Body = body;
        IsSupervised = isSupervised;
        StopTokens = stopTokens;
        Token = stopTokens.IsEmpty ? null : stopTokens[0];
        _symbols = symbols;
    }

    public IMethodSymbol Method { get; }

    /// <summary>The executable block the analyzer driver handed over: the one to ask a control-flow graph of.</summary>
    public IOperation Block { get; }

    /// <summary>The whole body: the root of <see cref="Block"/>.</summary>
    public IOperation Body { get; }

    /// <summary>True for a <c>[Supervised]</c> method, false for a <c>BackgroundService.ExecuteAsync</c> override or a configured entry point.</summary>
    public bool IsSupervised { get; }

    /// <summary>Every parameter that carries the stop token: the token first, then a context.</summary>
    public ImmutableArray<StopToken> StopTokens { get; }

    /// <summary>The token to name in messages and to pass in fixes; null when the worker takes none.</summary>
    public StopToken? Token { get; }

    public Location Location => Method.Locations.IsEmpty ? Body.Syntax.GetLocation() : Method.Locations[0];

    /// <summary>The body's operations by kind, gathered on first use.</summary>
    public WorkerOperations Operations => _operations ??= new WorkerOperations(Body);

    public CancellationObservations Observations => _observations ??= new CancellationObservations(this, _symbols);

    public BlockingWaits BlockingWaits => _blockingWaits ??= new BlockingWaits(this, _symbols);

    public static Worker? Find(OperationBlockAnalysisContext context, WorkerSymbols symbols, System.Func<SyntaxTree, ConfiguredEntryPoints>? configured = null)
    {
        if (context.OwningSymbol is not IMethodSymbol method || FindBody(context.OperationBlocks) is not { } body)
        {
            return null;
        }

        bool isSupervised;
        var entryPoints = ConfiguredEntryPoints.None;
        if (SupervisedAttributes.AreOn(method.PartialDefinitionPart ?? method, symbols.Known))
        {
            if (!HasWorkerSignature(WorkerShape.Of(method, symbols.Known).Problem))
            {
                return null;
            }

            isSupervised = true;
        }
        else if (OverridesExecuteAsync(method, symbols) && AnalyzesBackgroundServices(context.Options, body.Syntax.SyntaxTree))
        {
            isSupervised = false;
        }
        else if (configured is not null && (method.IsOverride || !method.ExplicitInterfaceImplementations.IsEmpty || method.DeclaredAccessibility == Accessibility.Public)
            && configured(body.Syntax.SyntaxTree) is { IsEmpty: false } named && named.IsEntryPoint(method))
        {
            isSupervised = false;
            entryPoints = named;
        }
        else
        {
            return null;
        }

        return new Worker(method, body, Root(body), isSupervised, FindStopTokens(method, symbols, entryPoints), symbols);
    }

    private static IOperation Root(IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }

    /// <summary>The signature problems that leave a body worth checking: where the method lives, and async void.</summary>
    private static bool HasWorkerSignature(WorkerShapeProblem problem) => problem
        is WorkerShapeProblem.None
        or WorkerShapeProblem.AsyncVoid
        or WorkerShapeProblem.InstanceWorkerInStruct
        or WorkerShapeProblem.InstanceWorkerInRecord
        or WorkerShapeProblem.UnsupportedContainingType;

    private static IOperation? FindBody(ImmutableArray<IOperation> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is IBlockOperation or IMethodBodyOperation)
            {
                return block;
            }
        }

        return null;
    }

    private static bool OverridesExecuteAsync(IMethodSymbol method, WorkerSymbols symbols)
    {
        if (symbols.BackgroundService is null || !method.IsOverride || method.Name != "ExecuteAsync")
        {
            return false;
        }

        for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            if (WorkerSymbols.Is(overridden.ContainingType, symbols.BackgroundService))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnalyzesBackgroundServices(AnalyzerOptions options, SyntaxTree tree) =>
        !options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(AnalyzerConfigKeys.AnalyzeBackgroundServices, out var value)
        || !bool.TryParse(value.Trim(), out var enabled)
        || enabled;

    private static ImmutableArray<StopToken> FindStopTokens(IMethodSymbol method, WorkerSymbols symbols, ConfiguredEntryPoints entryPoints)
    {
        var tokens = new List<StopToken>();
        foreach (var parameter in method.Parameters)
        {
            if (symbols.IsToken(parameter.Type))
            {
                tokens.Insert(0, new StopToken(parameter, isContext: false));
            }
            else if (symbols.IsContext(parameter.Type))
            {
                tokens.Add(new StopToken(parameter, isContext: true));
            }
            else if (!entryPoints.StopTokens.IsEmpty && entryPoints.StopTokenMemberOf(parameter.Type) is { } member)
            {
                tokens.Add(new StopToken(parameter, member));
            }
        }

        return tokens.ToImmutableArray();
    }
}

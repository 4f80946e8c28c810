using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Supervise.Generators.Parsing;

namespace Supervise.Analyzers.Workers;

/// <summary>
/// A method the worker rules check: a <c>[Supervised]</c> method whose signature the generator
/// accepts (or that is only async void, which SUP106 covers too), or an override of
/// <c>BackgroundService.ExecuteAsync</c> unless <c>.editorconfig</c> turns those off.
/// Every rule is handed the same instance for the same body, so what one rule learns about it (its
/// operations, where it observes cancellation, what it awaits) is worked out once.
/// </summary>
internal sealed class Worker
{
    // Keyed weakly by the body's root operation, which the driver shares between rules; an entry goes when the tree goes.
    private static readonly ConditionalWeakTable<IOperation, Worker> Analyzed = new();

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

    /// <summary>True for a <c>[Supervised]</c> method, false for a <c>BackgroundService.ExecuteAsync</c> override.</summary>
    public bool IsSupervised { get; }

    /// <summary>Every parameter that carries the stop token: the token first, then a context.</summary>
    public ImmutableArray<StopToken> StopTokens { get; }

    /// <summary>The token to name in messages and to pass in fixes; null when the worker takes none.</summary>
    public StopToken? Token { get; }

    public Location Location => Method.Locations.IsEmpty ? Body.Syntax.GetLocation() : Method.Locations[0];

    /// <summary>The body's operations by kind, gathered on first use.</summary>
    public WorkerOperations Operations => _operations ?? Publish(ref _operations, new WorkerOperations(Body));

    public CancellationObservations Observations => _observations ?? Publish(ref _observations, new CancellationObservations(this, _symbols));

    public BlockingWaits BlockingWaits => _blockingWaits ?? Publish(ref _blockingWaits, new BlockingWaits(this, _symbols));

    public static Worker? Find(OperationBlockAnalysisContext context, WorkerSymbols symbols)
    {
        if (context.OwningSymbol is not IMethodSymbol method || FindBody(context.OperationBlocks) is not { } body)
        {
            return null;
        }

        // Another rule found this worker already: the checks below would only repeat its answer.
        var root = Root(body);
        if (Analyzed.TryGetValue(root, out var known))
        {
            return known;
        }

        bool isSupervised;
        if (SupervisedAttributes.Find(method) is not null || (method.PartialDefinitionPart is { } definition && SupervisedAttributes.Find(definition) is not null))
        {
            if (!HasWorkerSignature(WorkerShape.Of(method).Problem))
            {
                return null;
            }

            isSupervised = true;
        }
        else if (OverridesExecuteAsync(method, symbols) && AnalyzesBackgroundServices(context.Options, body.Syntax.SyntaxTree))
        {
            isSupervised = false;
        }
        else
        {
            return null;
        }

        return Remember(root, new Worker(method, body, root, isSupervised, FindStopTokens(method, symbols), symbols));
    }

    /// <summary>
    /// Two rules may get here at once; the table keeps the first worker and both use it. A method of its own,
    /// so the lambda's closure is made only for a new worker, not on every call of <see cref="Find"/>.
    /// </summary>
    private static Worker Remember(IOperation root, Worker found) => Analyzed.GetValue(root, _ => found);

    private static IOperation Root(IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }

    /// <summary>Rules running at once may both work a fact out; the first one stored is kept, and both are equal.</summary>
    private static T Publish<T>(ref T? field, T value)
        where T : class =>
        Interlocked.CompareExchange(ref field, value, null) ?? value;

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

    private static ImmutableArray<StopToken> FindStopTokens(IMethodSymbol method, WorkerSymbols symbols)
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
        }

        return tokens.ToImmutableArray();
    }
}

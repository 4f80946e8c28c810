using System.Collections.Concurrent;
using System.Threading;

namespace Supervise.Analyzers.Workers;

/// <summary>
/// For a method of the compilation that takes no token, the first call inside it (or inside a helper it
/// calls, up to <see cref="MaxDepth"/> methods deep) that accepts a token and is given none. Each method's
/// own facts are gathered once per compilation, from its syntax and its tree's semantic model, and shared
/// by every worker that calls it; a chain is then followed through those facts without walking a body again.
/// </summary>
internal sealed class HelperTokenReach
{
    /// <summary>How many methods deep a chain of helpers is followed: the worker's helper and two below it.</summary>
    public const int MaxDepth = 3;

    private readonly Compilation _compilation;
    private readonly WorkerSymbols _symbols;
    private readonly ConcurrentDictionary<IMethodSymbol, MethodFacts> _facts = new(SymbolEqualityComparer.Default);

    public HelperTokenReach(Compilation compilation, WorkerSymbols symbols)
    {
        _compilation = compilation;
        _symbols = symbols;
    }

    /// <summary>
    /// The call the stop cannot reach inside <paramref name="helper"/>, and the chain of helpers to it (the helper
    /// first); null when the helper is none of the compilation's, takes a token, or reaches no such call.
    /// </summary>
    public (IMethodSymbol Api, ImmutableArray<IMethodSymbol> Chain)? Find(IMethodSymbol helper, CancellationToken cancellationToken)
    {
        // Breadth first, so the nearest unreachable call is named; the visited set ends cycles of helpers.
        var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        var level = new List<ImmutableArray<IMethodSymbol>> { ImmutableArray.Create(helper.OriginalDefinition) };
        for (var depth = 0; depth < MaxDepth && level.Count > 0; depth++)
        {
            var next = new List<ImmutableArray<IMethodSymbol>>();
            foreach (var chain in level)
            {
                var method = chain[chain.Length - 1];
                if (!visited.Add(method) || !IsHelper(method) || FactsOf(method, cancellationToken) is not { } facts)
                {
                    continue;
                }

                if (facts.UnreachedApi is { } api)
                {
                    return (api, chain);
                }

                foreach (var callee in facts.Helpers)
                {
                    next.Add(chain.Add(callee));
                }
            }

            level = next;
        }

        return null;
    }

    /// <summary>A method whose body is in this compilation, that takes no token (nor a <c>SupervisionContext</c>) and returns work to await.</summary>
    public bool IsHelper(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.IsAbstract || method.IsExtern || method.DeclaringSyntaxReferences.IsEmpty
            || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _compilation.Assembly)
            || !(method.IsAsync || _symbols.IsAwaitableWork(method.ReturnType)))
        {
            return false;
        }

        foreach (var parameter in method.Parameters)
        {
            if (_symbols.IsToken(parameter.Type) || _symbols.IsContext(parameter.Type))
            {
                return false;
            }
        }

        return true;
    }

    private MethodFacts? FactsOf(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (_facts.TryGetValue(method, out var known))
        {
            return known;
        }

        var facts = Gather(method, cancellationToken);
        if (facts is not null)
        {
            _facts.TryAdd(method, facts);
        }

        return facts;
    }

    private MethodFacts? Gather(IMethodSymbol method, CancellationToken cancellationToken)
    {
        IMethodSymbol? unreached = null;
        var helpers = new List<IMethodSymbol>();
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax(cancellationToken);
            if (!_compilation.ContainsSyntaxTree(syntax.SyntaxTree))
            {
                return null;
            }

#pragma warning disable RS1030 // The helper may live in any file of the compilation; its model is asked once per helper and the facts are cached.
            var model = _compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
            var body = model.GetOperation(syntax, cancellationToken);
            if (body is null || method.ContainingType is not { } within)
            {
                continue;
            }

            foreach (var operation in body.DescendantsAndSelf())
            {
                if (operation is not IInvocationOperation invocation || invocation.TargetMethod is not { } called)
                {
                    continue;
                }

                if (unreached is null && TokenForwarding.TryFind(invocation, _symbols, within, out _, out _) && !IsHelperOfOurs(called))
                {
                    unreached = called;
                }
                else if (called.MethodKind == MethodKind.Ordinary && IsHelper(called.OriginalDefinition))
                {
                    helpers.Add(called.OriginalDefinition);
                }
            }
        }

        return new MethodFacts(unreached, helpers.ToImmutableArray());
    }

    /// <summary>A call of the compilation's own method with a token overload is SUP102's; here only the APIs it reaches count.</summary>
    private bool IsHelperOfOurs(IMethodSymbol called) => SymbolEqualityComparer.Default.Equals(called.ContainingAssembly, _compilation.Assembly) && IsHelper(called.OriginalDefinition);

    /// <summary>What one method's own body does: the first call given no token that could take one, and the helpers it calls.</summary>
    private sealed record MethodFacts(IMethodSymbol? UnreachedApi, ImmutableArray<IMethodSymbol> Helpers);
}

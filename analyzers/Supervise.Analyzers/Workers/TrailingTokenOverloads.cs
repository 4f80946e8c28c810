using System;
using System.Collections.Concurrent;
using System.Linq;

namespace Supervise.Analyzers.Workers;

/// <summary>
/// For a called method, its overloads that take the same parameters plus a trailing
/// <c>CancellationToken</c>. Looked up once per method and compilation, since the same few methods
/// (<c>Task.Delay</c>, <c>Stream.ReadAsync</c>) are called from every worker; safe to share between
/// worker bodies analyzed at once.
/// </summary>
internal sealed class TrailingTokenOverloads
{
    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol _cancellationToken;
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>> _candidates = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _accessibleAnywhere = new(SymbolEqualityComparer.Default);
    private readonly Func<IMethodSymbol, ImmutableArray<IMethodSymbol>> _collect;

    public TrailingTokenOverloads(Compilation compilation, INamedTypeSymbol cancellationToken)
    {
        _compilation = compilation;
        _cancellationToken = cancellationToken;
        _collect = Collect;
    }

    /// <summary>The trailing token parameter of the first such overload of <paramref name="called"/> that code in <paramref name="within"/> can call; null when there is none.</summary>
    public IParameterSymbol? Find(IMethodSymbol called, INamedTypeSymbol within)
    {
        foreach (var candidate in _candidates.GetOrAdd(called, _collect))
        {
            if (IsAccessible(candidate, within))
            {
                return candidate.Parameters[candidate.Parameters.Length - 1];
            }
        }

        return null;
    }

    /// <summary>Every overload that fits, in the order the type hierarchy is searched, whoever can see it.</summary>
    private ImmutableArray<IMethodSymbol> Collect(IMethodSymbol called)
    {
        List<IMethodSymbol>? found = null;
        for (var type = called.ContainingType; type is not null; type = type.BaseType)
        {
            foreach (var member in type.GetMembers(called.Name))
            {
                if (member is IMethodSymbol candidate
                    && candidate.IsStatic == called.IsStatic
                    && candidate.Arity == called.Arity
                    && candidate.Parameters.Length == called.Parameters.Length + 1
                    && candidate.Parameters[candidate.Parameters.Length - 1] is { RefKind: RefKind.None } last
                    && SymbolEqualityComparer.Default.Equals(last.Type, _cancellationToken)
                    && HasSameLeadingParameters(candidate.IsGenericMethod ? candidate.Construct(called.TypeArguments.ToArray()) : candidate, called))
                {
                    (found ??= new List<IMethodSymbol>()).Add(candidate);
                }
            }
        }

        return found is null ? ImmutableArray<IMethodSymbol>.Empty : found.ToImmutableArray();
    }

    private static bool HasSameLeadingParameters(IMethodSymbol candidate, IMethodSymbol called)
    {
        for (var i = 0; i < called.Parameters.Length; i++)
        {
            if (candidate.Parameters[i].RefKind != called.Parameters[i].RefKind
                || !SymbolEqualityComparer.Default.Equals(candidate.Parameters[i].Type, called.Parameters[i].Type))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsAccessible(IMethodSymbol candidate, INamedTypeSymbol within)
    {
        if (!IsPublicDefinition(candidate))
        {
            return _compilation.IsSymbolAccessibleWithin(candidate, within);
        }

        // A public member of public, unconstructed types is accessible from every type or from none, so one answer serves every caller.
        if (!_accessibleAnywhere.TryGetValue(candidate, out var accessible))
        {
            accessible = _compilation.IsSymbolAccessibleWithin(candidate, within);
            _accessibleAnywhere.TryAdd(candidate, accessible);
        }

        return accessible;
    }

    private static bool IsPublicDefinition(IMethodSymbol method)
    {
        if (!method.IsDefinition || method.DeclaredAccessibility != Accessibility.Public)
        {
            return false;
        }

        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }
}

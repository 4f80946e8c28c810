using System;
using System.Collections.Concurrent;
using System.Linq;

namespace Supervise.Analyzers.Workers;

/// <summary>
/// The entry points a project names in <c>.editorconfig</c> (<see cref="AnalyzerConfigKeys.WorkerMethods"/>) and
/// where their stop token comes from (<see cref="AnalyzerConfigKeys.StopToken"/>), resolved against one
/// compilation. Each distinct pair of values is parsed and resolved once; files that share an
/// <c>.editorconfig</c> share the result.
/// </summary>
internal sealed class ConfiguredEntryPoints
{
    private static readonly char[] Separators = [';', ','];

    public static ConfiguredEntryPoints None { get; } = new(ImmutableArray<IMethodSymbol>.Empty, ImmutableArray<(INamedTypeSymbol, string)>.Empty);

    private ConfiguredEntryPoints(ImmutableArray<IMethodSymbol> methods, ImmutableArray<(INamedTypeSymbol Type, string Member)> stopTokens)
    {
        Methods = methods;
        StopTokens = stopTokens;
    }

    /// <summary>The interface or base methods whose implementations and overrides are workers.</summary>
    public ImmutableArray<IMethodSymbol> Methods { get; }

    /// <summary>Types that carry a stop token, and the member that gives it (<c>IJobExecutionContext</c>, <c>CancellationToken</c>).</summary>
    public ImmutableArray<(INamedTypeSymbol Type, string Member)> StopTokens { get; }

    public bool IsEmpty => Methods.IsEmpty;

    /// <summary>The entry points named by the file's options, from <paramref name="cache"/> when these values were seen before.</summary>
    public static ConfiguredEntryPoints For(AnalyzerOptions options, SyntaxTree tree, Compilation compilation, ConcurrentDictionary<string, ConfiguredEntryPoints> cache)
    {
        var config = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
        if (!config.TryGetValue(AnalyzerConfigKeys.WorkerMethods, out var methods) || string.IsNullOrWhiteSpace(methods))
        {
            return None;
        }

        config.TryGetValue(AnalyzerConfigKeys.StopToken, out var stopTokens);
        var key = methods + "\n" + stopTokens;
        return cache.TryGetValue(key, out var known) ? known : cache.GetOrAdd(key, Resolve(methods, stopTokens, compilation));
    }

    /// <summary>Whether any file of the compilation names an entry point: then a compilation without [Supervised] or BackgroundService has workers too.</summary>
    public static bool AnyIn(Compilation compilation, AnalyzerOptions options)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(AnalyzerConfigKeys.WorkerMethods, out var methods) && !string.IsNullOrWhiteSpace(methods))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="method"/> implements or overrides one of the entry points.</summary>
    public bool IsEntryPoint(IMethodSymbol method)
    {
        foreach (var entry in Methods)
        {
            if (!method.Name.EndsWith(entry.Name, StringComparison.Ordinal))
            {
                continue;
            }

            if (entry.ContainingType.TypeKind == TypeKind.Interface)
            {
                if (method.ContainingType?.FindImplementationForInterfaceMember(entry) is IMethodSymbol implementation
                    && SymbolEqualityComparer.Default.Equals(implementation, method))
                {
                    return true;
                }

                continue;
            }

            for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
            {
                if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, entry))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The member that gives the stop token of a parameter of <paramref name="type"/>; null when it carries none.</summary>
    public string? StopTokenMemberOf(ITypeSymbol type)
    {
        foreach (var (carrier, member) in StopTokens)
        {
            if (WorkerSymbols.IsOrDerivesFrom(type, carrier) || Implements(type, carrier))
            {
                return member;
            }
        }

        return null;
    }

    private static bool Implements(ITypeSymbol type, INamedTypeSymbol carrier)
    {
        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, carrier))
            {
                return true;
            }
        }

        return false;
    }

    private static ConfiguredEntryPoints Resolve(string methods, string? stopTokens, Compilation compilation)
    {
        var entryPoints = ImmutableArray.CreateBuilder<IMethodSymbol>();
        foreach (var (type, member) in Split(methods, compilation))
        {
            foreach (var candidate in type.GetMembers(member))
            {
                if (candidate is IMethodSymbol method && (method.IsAbstract || method.IsVirtual || type.TypeKind == TypeKind.Interface))
                {
                    entryPoints.Add(method);
                }
            }
        }

        var tokens = ImmutableArray.CreateBuilder<(INamedTypeSymbol, string)>();
        foreach (var (type, member) in Split(stopTokens, compilation))
        {
            if (TokenMember(type, member, compilation) is { } name)
            {
                tokens.Add((type, name));
            }
        }

        return new ConfiguredEntryPoints(entryPoints.ToImmutable(), tokens.ToImmutable());
    }

    /// <summary>A property or field of the type (or of an interface it extends) whose type is <c>CancellationToken</c>.</summary>
    private static string? TokenMember(INamedTypeSymbol type, string member, Compilation compilation)
    {
        var token = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
        foreach (var candidateType in new[] { type }.Concat(type.AllInterfaces))
        {
            foreach (var candidate in candidateType.GetMembers(member))
            {
                var memberType = candidate switch
                {
                    IPropertySymbol property => property.Type,
                    IFieldSymbol field => field.Type,
                    _ => null,
                };
                if (memberType is not null && SymbolEqualityComparer.Default.Equals(memberType, token))
                {
                    return member;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The names of a list, separated by commas or semicolons. In an <c>.editorconfig</c> a <c>;</c> after a space starts
    /// a comment, so the pages show commas.
    /// </summary>
    public static IEnumerable<string> Names(string list)
    {
        foreach (var entry in list.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (entry.Trim() is { Length: > 0 } name)
            {
                yield return name;
            }
        }
    }

    /// <summary>Each <c>Namespace.Type.Member</c> of a list, its type resolved; names that resolve to nothing are skipped.</summary>
    private static IEnumerable<(INamedTypeSymbol Type, string Member)> Split(string? list, Compilation compilation)
    {
        if (list is null)
        {
            yield break;
        }

        foreach (var name in Names(list))
        {
            var dot = name.LastIndexOf('.');
            if (dot <= 0 || dot == name.Length - 1)
            {
                continue;
            }

            if (compilation.GetTypeByMetadataName(name.Substring(0, dot)) is { } type)
            {
                yield return (type, name.Substring(dot + 1));
            }
        }
    }
}

namespace Supervise.Analyzers.Background;

/// <summary>
/// The start and stop methods of a type's <c>IHostedService</c> (and <c>IHostedLifecycleService</c>)
/// implementation, resolved once per compilation from the interfaces' members.
/// </summary>
internal sealed class HostedServiceStarts
{
    private readonly INamedTypeSymbol _hostedService;
    private readonly INamedTypeSymbol? _lifecycleService;
    private readonly ImmutableArray<IMethodSymbol> _starts;
    private readonly ImmutableArray<IMethodSymbol> _stops;

    private HostedServiceStarts(INamedTypeSymbol hostedService, INamedTypeSymbol? lifecycleService)
    {
        _hostedService = hostedService;
        _lifecycleService = lifecycleService;
        _starts = Members(hostedService, lifecycleService, "StartAsync", "StartingAsync", "StartedAsync");
        _stops = Members(hostedService, lifecycleService, "StopAsync", "StoppingAsync", "StoppedAsync");
    }

    /// <summary>The methods of <paramref name="compilation"/>; null when it has no <c>IHostedService</c>.</summary>
    public static HostedServiceStarts? Resolve(Compilation compilation) =>
        compilation.GetTypeByMetadataName("Microsoft.Extensions.Hosting.IHostedService") is { } hostedService
            ? new HostedServiceStarts(hostedService, compilation.GetTypeByMetadataName("Microsoft.Extensions.Hosting.IHostedLifecycleService"))
            : null;

    /// <summary>Whether <paramref name="method"/> implements one of the start methods for its type.</summary>
    public bool IsStart(IMethodSymbol method) =>
        method.Name.EndsWith("Async", System.StringComparison.Ordinal) && Implements(method, _starts);

    /// <summary>The stop methods the type of <paramref name="start"/> runs, wherever they are declared.</summary>
    public IEnumerable<IMethodSymbol> StopsOf(INamedTypeSymbol type)
    {
        foreach (var stop in _stops)
        {
            if (type.FindImplementationForInterfaceMember(stop) is IMethodSymbol implementation)
            {
                yield return implementation;
            }
        }
    }

    private bool Implements(IMethodSymbol method, ImmutableArray<IMethodSymbol> members)
    {
        var type = method.ContainingType;
        if (type is null || !ImplementsHosting(type))
        {
            return false;
        }

        foreach (var member in members)
        {
            // Explicit implementations end in the interface member's name too (Microsoft.Extensions.Hosting.IHostedService.StartAsync).
            if (method.Name.EndsWith(member.Name, System.StringComparison.Ordinal)
                && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method))
            {
                return true;
            }
        }

        return false;
    }

    private bool ImplementsHosting(INamedTypeSymbol type)
    {
        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, _hostedService) || SymbolEqualityComparer.Default.Equals(implemented, _lifecycleService))
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<IMethodSymbol> Members(INamedTypeSymbol hostedService, INamedTypeSymbol? lifecycleService, params string[] names)
    {
        var members = ImmutableArray.CreateBuilder<IMethodSymbol>();
        foreach (var name in names)
        {
            foreach (var type in new[] { hostedService, lifecycleService })
            {
                foreach (var member in type?.GetMembers(name) ?? ImmutableArray<ISymbol>.Empty)
                {
                    if (member is IMethodSymbol method)
                    {
                        members.Add(method);
                    }
                }
            }
        }

        return members.ToImmutable();
    }
}

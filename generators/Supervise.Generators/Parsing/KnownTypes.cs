using Microsoft.CodeAnalysis;

namespace Supervise.Generators.Parsing;

/// <summary>Recognises the BCL types a worker signature uses, by namespace and name, without allocating.</summary>
internal static class KnownTypes
{
    public static bool IsTask(ITypeSymbol type) => IsNonGeneric(type, "Task", "System", "Threading", "Tasks");

    public static bool IsValueTask(ITypeSymbol type) => IsNonGeneric(type, "ValueTask", "System", "Threading", "Tasks");

    public static bool IsCancellationToken(ITypeSymbol type) => IsNonGeneric(type, "CancellationToken", "System", "Threading");

    public static bool IsSupervisionContext(ITypeSymbol type) => IsNonGeneric(type, "SupervisionContext", "Supervise");

    public static bool IsSupervisedWorkers(ITypeSymbol type) => IsNonGeneric(type, "ISupervisedWorkers", "Supervise");

    public static bool IsException(ITypeSymbol type) => IsNonGeneric(type, "Exception", "System");

    private static bool IsNonGeneric(ITypeSymbol type, string name, params string[] namespaceParts)
    {
        if (type is not INamedTypeSymbol { Arity: 0, ContainingType: null } named || named.Name != name)
        {
            return false;
        }

        var ns = named.ContainingNamespace;
        for (var i = namespaceParts.Length - 1; i >= 0; i--)
        {
            if (ns is null || ns.Name != namespaceParts[i])
            {
                return false;
            }

            ns = ns.ContainingNamespace;
        }

        return ns is { IsGlobalNamespace: true };
    }
}

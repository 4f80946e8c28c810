using Microsoft.CodeAnalysis;

namespace Supervise.Generators.Parsing;

/// <summary>Recognises the BCL types a worker signature uses, by namespace and name, without allocating.</summary>
internal static class KnownTypes
{
    // Namespaces as arrays made once: a params array would be allocated again on every call.
    private static readonly string[] SystemThreadingTasks = ["System", "Threading", "Tasks"];
    private static readonly string[] SystemThreading = ["System", "Threading"];
    private static readonly string[] SystemNamespace = ["System"];
    private static readonly string[] SuperviseNamespace = ["Supervise"];

    public static bool IsTask(ITypeSymbol type) => IsNonGeneric(type, "Task", SystemThreadingTasks);

    public static bool IsValueTask(ITypeSymbol type) => IsNonGeneric(type, "ValueTask", SystemThreadingTasks);

    public static bool IsCancellationToken(ITypeSymbol type) => IsNonGeneric(type, "CancellationToken", SystemThreading);

    public static bool IsSupervisionContext(ITypeSymbol type) => IsNonGeneric(type, "SupervisionContext", SuperviseNamespace);

    public static bool IsSupervisedWorkers(ITypeSymbol type) => IsNonGeneric(type, "ISupervisedWorkers", SuperviseNamespace);

    public static bool IsException(ITypeSymbol type) => IsNonGeneric(type, "Exception", SystemNamespace);

    private static bool IsNonGeneric(ITypeSymbol type, string name, string[] namespaceParts)
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

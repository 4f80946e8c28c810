using Microsoft.CodeAnalysis;
using Supervise.Generators.Model;
using Supervise.Generators.Parsing;

namespace Supervise.Analyzers.Usage;

/// <summary>
/// The generator's decision for one worker, taken from the code it uses itself (the linked
/// <c>WorkerAcceptance</c>), so that SUP001–SUP004 report exactly the workers it skips.
/// </summary>
internal static class WorkerValidity
{
    /// <summary>Whether the generator writes a supervisor for <paramref name="method"/>, leaving aside a clash with another worker of its type.</summary>
    public static bool IsAcceptedAlone(IMethodSymbol method, AttributeData attribute) =>
        method.ContainingType is { } type && WorkerAcceptance.IsAccepted(method, type, attribute, GeneratorOutput.IsOwn);

    /// <summary>
    /// Another accepted worker of the same type that would generate a member of the same name; the
    /// generator then skips both. Null when there is none.
    /// </summary>
    public static (IMethodSymbol Rival, string Name)? FindRival(IMethodSymbol method, GeneratedNames names)
    {
        if (method.ContainingType is not { } type)
        {
            return null;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol other
                && !SymbolEqualityComparer.Default.Equals(other, method)
                && names.SharedName(GeneratedNames.ForMethod(other.Name)) is { } shared
                && SupervisedAttributes.Find(other) is { } attribute
                && IsAcceptedAlone(other, attribute))
            {
                return (other, shared);
            }
        }

        return null;
    }
}

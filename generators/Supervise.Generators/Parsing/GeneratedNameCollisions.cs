using Microsoft.CodeAnalysis;
using Supervise.Generators.Model;

namespace Supervise.Generators.Parsing;

/// <summary>
/// Whether a generated member would clash with a member the user wrote: the same name in the type,
/// the type's own name, or a visible member of a base type (which it would hide, a warning).
/// </summary>
internal static class GeneratedNameCollisions
{
    /// <summary>The first generated name already taken in <paramref name="type"/>, or null.</summary>
    public static string? FindTakenName(INamedTypeSymbol type, GeneratedNames names)
    {
        foreach (var name in new[] { names.Property, names.Class, names.Field })
        {
            if (IsTaken(type, name))
            {
                return name;
            }
        }

        return null;
    }

    private static bool IsTaken(INamedTypeSymbol type, string name)
    {
        if (type.Name == name || !type.GetMembers(name).IsEmpty)
        {
            return true;
        }

        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            foreach (var member in baseType.GetMembers(name))
            {
                if (member.DeclaredAccessibility != Accessibility.Private)
                {
                    return true;
                }
            }
        }

        return false;
    }
}

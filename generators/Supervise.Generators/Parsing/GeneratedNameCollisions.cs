using System;
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
    public static string? FindTakenName(INamedTypeSymbol type, GeneratedNames names) => FindTakenName(type, names, ignore: null);

    /// <summary>
    /// The same, overlooking the members <paramref name="ignore"/> picks: the analyzers see the
    /// generator's own output in the compilation, and it must not count as a clash.
    /// </summary>
    public static string? FindTakenName(INamedTypeSymbol type, GeneratedNames names, Func<ISymbol, bool>? ignore)
    {
        foreach (var name in new[] { names.Property, names.Class, names.Field })
        {
            if (IsTaken(type, name, ignore))
            {
                return name;
            }
        }

        return null;
    }

    private static bool IsTaken(INamedTypeSymbol type, string name, Func<ISymbol, bool>? ignore)
    {
        if (type.Name == name)
        {
            return true;
        }

        foreach (var member in type.GetMembers(name))
        {
            if (ignore is null || !ignore(member))
            {
                return true;
            }
        }

        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            foreach (var member in baseType.GetMembers(name))
            {
                if (member.DeclaredAccessibility != Accessibility.Private && (ignore is null || !ignore(member)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

using Microsoft.CodeAnalysis;
using Supervise.Generators.Model;

namespace Supervise.Generators.Judging;

/// <summary>
/// Whether a generated member would clash with something the user wrote: the type's own name, a member
/// of the same name in the type, or a visible member of a base type (which it would hide, a warning).
/// What this generator wrote itself (<see cref="GeneratedOutput"/>) is no clash.
/// </summary>
internal static class TakenNames
{
    /// <summary>The first of the worker's generated names that is taken in <paramref name="type"/>, or null.</summary>
    public static Rejection.NameTaken? Find(INamedTypeSymbol type, GeneratedNames names, WellKnownTypes types)
    {
        return Check(type, names.Property, types) ?? Check(type, names.Class, types) ?? Check(type, names.Field, types) ?? Check(type, names.NameConstant, types);
    }

    private static Rejection.NameTaken? Check(INamedTypeSymbol type, string name, WellKnownTypes types)
    {
        if (type.Name == name)
        {
            return new Rejection.NameTaken(name, IsTypeName: true);
        }

        return IsTaken(type, name, types) ? new Rejection.NameTaken(name, IsTypeName: false) : null;
    }

    private static bool IsTaken(INamedTypeSymbol type, string name, WellKnownTypes types)
    {
        foreach (var member in type.GetMembers(name))
        {
            if (!GeneratedOutput.IsOurs(member, types))
            {
                return true;
            }
        }

        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            foreach (var member in baseType.GetMembers(name))
            {
                if (member.DeclaredAccessibility != Accessibility.Private && !GeneratedOutput.IsOurs(member, types))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

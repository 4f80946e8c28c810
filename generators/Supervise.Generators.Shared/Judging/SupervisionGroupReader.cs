using Microsoft.CodeAnalysis;
using Supervise.Generators.Model;

namespace Supervise.Generators.Judging;

/// <summary>Reads a type's <c>[SupervisionGroup]</c> attribute, and decides whether its values make a group.</summary>
internal static class SupervisionGroupReader
{
    /// <summary>The attribute on <paramref name="type"/> itself, or null.</summary>
    public static AttributeData? FindAttribute(INamedTypeSymbol type, WellKnownTypes types)
    {
        if (types.SupervisionGroupAttribute is null)
        {
            return null;
        }

        foreach (var attribute in type.GetAttributes())
        {
            if (WellKnownTypes.Is(attribute.AttributeClass, types.SupervisionGroupAttribute))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>The group's values, defaults filled in; null if they cannot be read (code the compiler rejects).</summary>
    public static SupervisionGroupInfo? Read(AttributeData attribute)
    {
        if (!attribute.ConstructorArguments.IsEmpty)
        {
            return null;
        }

        var group = SupervisionGroupInfo.Default;
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Value.Kind is TypedConstantKind.Error or TypedConstantKind.Array)
            {
                return null;
            }

            SupervisionGroupInfo? read = (argument.Key, argument.Value.Value) switch
            {
                ("Strategy", int strategy) => group with { Strategy = strategy },
                ("MaxRestarts", int maxRestarts) => group with { MaxRestarts = maxRestarts },
                ("RestartWindowMs", int window) => group with { RestartWindowMs = window },
                ("AutoShutdown", int autoShutdown) => group with { AutoShutdown = autoShutdown },
                ("Name", string name) => group with { Name = name },
                ("Name", null) => group with { Name = null },
                _ => null,
            };
            if (read is null)
            {
                return null;
            }

            group = read;
        }

        return group;
    }

    /// <summary>Whether a group can run with these values (the group rules report the others).</summary>
    public static bool IsValid(SupervisionGroupInfo group) =>
        group.Strategy is >= 0 and <= 2
        && group.MaxRestarts >= -1
        && group.RestartWindowMs >= 0
        && group.AutoShutdown is >= 0 and <= 2
        && (group.Name is null || group.Name.Trim().Length > 0);

    /// <summary>The group a type declares, if its values are readable and valid.</summary>
    public static SupervisionGroupInfo? Of(INamedTypeSymbol type, WellKnownTypes types) =>
        FindAttribute(type, types) is { } attribute && Read(attribute) is { } group && IsValid(group) ? group : null;
}

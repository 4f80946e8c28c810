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
        // No constructor bound: arguments the compiler could not match to the attribute's one constructor.
        if (attribute.AttributeConstructor is null || !attribute.ConstructorArguments.IsEmpty)
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
                (SupervisionGroupProperties.Strategy, int strategy) => group with { Strategy = strategy },
                (SupervisionGroupProperties.MaxRestarts, int maxRestarts) => group with { MaxRestarts = maxRestarts },
                (SupervisionGroupProperties.RestartWindowMs, int window) => group with { RestartWindowMs = window },
                (SupervisionGroupProperties.AutoShutdown, int autoShutdown) => group with { AutoShutdown = autoShutdown },
                (SupervisionGroupProperties.Name, string name) => group with { Name = name },
                (SupervisionGroupProperties.Name, null) => group with { Name = null },
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

    /// <summary>Whether a group can run with these values (<see cref="GroupRules"/>; SUP012 reports the others).</summary>
    public static bool IsValid(SupervisionGroupInfo group) => GroupRules.Check(group).IsEmpty;

    /// <summary>Whether <paramref name="type"/> has a <c>[SupervisionGroup]</c> that cannot make a group: unreadable (a compiler error) or with values SUP012 reports.</summary>
    public static bool HasUnusableGroup(INamedTypeSymbol type, WellKnownTypes types) =>
        FindAttribute(type, types) is { } attribute && (Read(attribute) is not { } group || !IsValid(group));

    /// <summary>The group a type declares, if its values are readable and valid.</summary>
    public static SupervisionGroupInfo? Of(INamedTypeSymbol type, WellKnownTypes types) =>
        FindAttribute(type, types) is { } attribute && Read(attribute) is { } group && IsValid(group) ? group : null;
}

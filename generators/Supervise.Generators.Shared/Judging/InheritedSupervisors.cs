using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Supervise.Generators.Model;

namespace Supervise.Generators.Judging;

/// <summary>
/// The supervisor properties a type inherits from its base classes, base-most first, so that the
/// type's <c>ISupervisedWorkers</c> lists its base's workers beside its own. A base in this
/// compilation is read from its <c>[Supervised]</c> methods (its generated properties are not
/// visible to the generator yet); a base from a reference, from its generated properties.
/// </summary>
internal static class InheritedSupervisors
{
    /// <summary>
    /// The inherited property names, and whether the type or a base implements <c>ISupervisedWorkers</c>
    /// by hand: then the generator must not replace what the user lists.
    /// </summary>
    public static (EquatableArray<string> Names, bool ListedByHand) Find(INamedTypeSymbol type, WellKnownTypes types)
    {
        var listedByHand = DeclaresSupervisedWorkers(type, types);

        // Most workers' types derive from object alone: nothing to read, nothing to allocate.
        if (type.BaseType is null or { SpecialType: SpecialType.System_Object })
        {
            return (EquatableArray<string>.Empty, listedByHand);
        }

        var levels = new List<List<string>>();
        for (var baseType = type.BaseType; baseType is not null && baseType.SpecialType != SpecialType.System_Object; baseType = baseType.BaseType)
        {
            var fromSource = !baseType.DeclaringSyntaxReferences.IsEmpty;
            var names = fromSource ? FromWorkers(baseType, types) : FromGeneratedProperties(baseType, types);

            // The generator's own interface declarations are not in the compilation it reads, so one in
            // source was written by hand; so was one in a reference that has no generated supervisors.
            listedByHand |= DeclaresSupervisedWorkers(baseType, types) && (fromSource || names.Count == 0);

            levels.Add(names);
        }

        var all = new List<string>();
        for (var i = levels.Count - 1; i >= 0; i--)
        {
            all.AddRange(levels[i]);
        }

        return (new EquatableArray<string>(all.ToArray()), listedByHand);
    }

    /// <summary>The properties the generator writes for the base's accepted instance workers, less those that clash with each other.</summary>
    private static List<string> FromWorkers(INamedTypeSymbol baseType, WellKnownTypes types)
    {
        var accepted = new List<GeneratedNames>();
        var keyed = new List<bool>();
        foreach (var member in baseType.GetMembers())
        {
            if (member is IMethodSymbol { IsStatic: false } method
                && SupervisedAttributes.On(method, types) is { IsEmpty: false } attributes
                && WorkerJudge.Judge(method, attributes, types) is { IsAccepted: true } verdict)
            {
                accepted.Add(verdict.Names);
                keyed.Add(verdict.Shape.Keys.Count > 0);
            }
        }

        // A keyed worker's property is a set, not a supervisor: the list of supervisors leaves it out.
        var clashes = WorkerClashes.Find(accepted);
        var names = new List<string>();
        for (var i = 0; i < accepted.Count; i++)
        {
            if (clashes[i] is null && !keyed[i])
            {
                names.Add(accepted[i].Property);
            }
        }

        return names;
    }

    /// <summary>Public instance properties of type <c>Supervisor</c> that this generator wrote into a referenced assembly.</summary>
    private static List<string> FromGeneratedProperties(INamedTypeSymbol baseType, WellKnownTypes types)
    {
        var names = new List<string>();
        foreach (var member in baseType.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false, DeclaredAccessibility: Accessibility.Public } property
                && WellKnownTypes.Is(property.Type, types.Supervisor)
                && GeneratedOutput.IsOurs(property, types))
            {
                names.Add(property.Name);
            }
        }

        return names;
    }

    /// <summary>Whether the type itself lists <c>ISupervisedWorkers</c> among its interfaces.</summary>
    private static bool DeclaresSupervisedWorkers(INamedTypeSymbol type, WellKnownTypes types)
    {
        foreach (var implemented in type.Interfaces)
        {
            if (WellKnownTypes.Is(implemented, types.SupervisedWorkers))
            {
                return true;
            }
        }

        return false;
    }
}

using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Supervise.Generators.Model;

namespace Supervise.Generators.Parsing;

/// <summary>
/// The supervisor properties a type inherits from its base classes, base-most first, so that the
/// type's <c>ISupervisedWorkers</c> lists its base's workers beside its own. A base in this
/// compilation is read from its <c>[Supervised]</c> methods (its generated properties are not
/// visible to the generator yet); a base from a reference, from its generated properties.
/// </summary>
internal static class InheritedSupervisors
{
    private const string GeneratorName = "Supervise.Generators";

    /// <summary>
    /// The inherited property names, and whether the type or a base implements <c>ISupervisedWorkers</c>
    /// by hand: then the generator must not replace what the user lists.
    /// </summary>
    public static (EquatableArray<string> Names, bool ListedByHand) Find(INamedTypeSymbol type)
    {
        var listedByHand = DeclaresSupervisedWorkers(type);

        // Most workers' types derive from object alone: nothing to read, nothing to allocate.
        if (type.BaseType is null or { SpecialType: SpecialType.System_Object })
        {
            return (EquatableArray<string>.Empty, listedByHand);
        }

        var levels = new List<List<string>>();
        for (var baseType = type.BaseType; baseType is not null && baseType.SpecialType != SpecialType.System_Object; baseType = baseType.BaseType)
        {
            var fromSource = !baseType.DeclaringSyntaxReferences.IsEmpty;
            var names = fromSource ? FromWorkers(baseType) : FromGeneratedProperties(baseType);

            // The generator's own interface declarations are not in the compilation it reads, so one in
            // source was written by hand; so was one in a reference that has no generated supervisors.
            listedByHand |= DeclaresSupervisedWorkers(baseType) && (fromSource || names.Count == 0);

            levels.Add(names);
        }

        var all = new List<string>();
        for (var i = levels.Count - 1; i >= 0; i--)
        {
            all.AddRange(levels[i]);
        }

        return (new EquatableArray<string>(all.ToArray()), listedByHand);
    }

    /// <summary>The properties the generator writes for the base's accepted instance workers, leaving out workers it skips for clashing with each other.</summary>
    private static List<string> FromWorkers(INamedTypeSymbol baseType)
    {
        var accepted = new List<GeneratedNames>();
        foreach (var member in baseType.GetMembers())
        {
            if (member is IMethodSymbol { IsStatic: false } method
                && SupervisedAttributes.Find(method) is { } attribute
                && WorkerAcceptance.IsAccepted(method, baseType, attribute, ignore: null))
            {
                accepted.Add(GeneratedNames.ForMethod(method.Name));
            }
        }

        var names = new List<string>();
        for (var i = 0; i < accepted.Count; i++)
        {
            var clashes = false;
            for (var j = 0; j < accepted.Count && !clashes; j++)
            {
                clashes = i != j && accepted[i].SharedName(accepted[j]) is not null;
            }

            if (!clashes)
            {
                names.Add(accepted[i].Property);
            }
        }

        return names;
    }

    /// <summary>Public instance properties of type <c>Supervisor</c> that this generator wrote into a referenced assembly.</summary>
    private static List<string> FromGeneratedProperties(INamedTypeSymbol baseType)
    {
        var names = new List<string>();
        foreach (var member in baseType.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false, DeclaredAccessibility: Accessibility.Public } property
                && property.Type is INamedTypeSymbol { Name: "Supervisor", ContainingNamespace: { Name: "Supervise", ContainingNamespace.IsGlobalNamespace: true } }
                && IsGenerated(property))
            {
                names.Add(property.Name);
            }
        }

        return names;
    }

    private static bool IsGenerated(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "GeneratedCodeAttribute" }
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is GeneratorName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the type itself lists <c>ISupervisedWorkers</c> among its interfaces.</summary>
    private static bool DeclaresSupervisedWorkers(INamedTypeSymbol type)
    {
        foreach (var implemented in type.Interfaces)
        {
            if (KnownTypes.IsSupervisedWorkers(implemented))
            {
                return true;
            }
        }

        return false;
    }
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Supervise.Generators.Model;

namespace Supervise.Generators.Judging;

/// <summary>The type chain that holds a worker: whether generated code can redeclare it, and its model once it can.</summary>
internal static class ContainingTypeReader
{
    /// <summary>The first type of the chain, innermost first, that is not declared <c>partial</c>; null if all are.</summary>
    public static INamedTypeSymbol? FindNonPartialType(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (!IsPartial(current))
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>
    /// Why generated code could not redeclare the chain, or null when it can: a type around the worker's
    /// that is no class, struct or record it can extend, or a constraint on a missing type (generated code
    /// would only repeat the user's error). The worker's own type is the signature's check.
    /// </summary>
    public static Rejection.Chain? FindChainProblem(INamedTypeSymbol type)
    {
        for (var current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            if (KeywordOf(current) is null)
            {
                return new Rejection.Chain(current, HasBrokenConstraint: false);
            }
        }

        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (HasBrokenConstraint(current))
            {
                return new Rejection.Chain(current, HasBrokenConstraint: true);
            }
        }

        return null;
    }

    /// <summary>The model of a chain the judge found redeclarable.</summary>
    /// <param name="type">The type that holds the worker.</param>
    /// <param name="inherited">The supervisor properties it inherits, and whether it or a base lists them by hand.</param>
    public static ContainingTypeModel Read(INamedTypeSymbol type, (EquatableArray<string> Names, bool ListedByHand) inherited, WellKnownTypes types)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            chain.Add(current);
        }

        chain.Reverse();
        var infos = new ContainingTypeInfo[chain.Count];
        for (var i = 0; i < chain.Count; i++)
        {
            // The judge has ruled out a chain without a keyword for every type.
            infos[i] = new ContainingTypeInfo(KeywordOf(chain[i]) ?? "class", NameWithTypeParameters(chain[i]));
        }

        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } containing
            ? containing.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Substring("global::".Length)
            : string.Empty;
        return new ContainingTypeModel(
            ns,
            new EquatableArray<ContainingTypeInfo>(infos),
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            type.Name,
            inherited.Names,
            inherited.ListedByHand,
            SupervisionGroupReader.Of(type, types));
    }

    private static bool IsPartial(INamedTypeSymbol type)
    {
        var references = type.DeclaringSyntaxReferences;
        if (references.IsEmpty)
        {
            return false;
        }

        foreach (var reference in references)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax declaration || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasBrokenConstraint(INamedTypeSymbol type)
    {
        foreach (var parameter in type.TypeParameters)
        {
            foreach (var constraint in parameter.ConstraintTypes)
            {
                if (constraint.TypeKind == TypeKind.Error)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The keyword that redeclares <paramref name="type"/>, or null for a type generated code cannot extend.</summary>
    private static string? KeywordOf(INamedTypeSymbol type)
    {
        if (type.IsRefLikeType || type.IsFileLocal)
        {
            return null;
        }

        return type.TypeKind switch
        {
            TypeKind.Class => type.IsRecord ? "record" : "class",
            TypeKind.Struct => type.IsRecord ? "record struct" : "struct",
            _ => null,
        };
    }

    private static string NameWithTypeParameters(INamedTypeSymbol type)
    {
        var name = Identifiers.Escape(type.Name);
        return type.TypeParameters.IsEmpty
            ? name
            : name + "<" + string.Join(", ", type.TypeParameters.Select(parameter => Identifiers.Escape(parameter.Name))) + ">";
    }
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Supervise.Generators.Model;

namespace Supervise.Generators.Parsing;

/// <summary>Reads the type chain that holds a worker into a <see cref="ContainingTypeModel"/>.</summary>
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
    /// Whether every type of the chain can be redeclared, which is exactly when <see cref="Read"/> gives a
    /// model; asked on its own, it spares the analyzers the names and strings of a model they would throw away.
    /// </summary>
    public static bool CanRedeclareChain(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (KeywordOf(current) is null || HasBrokenConstraint(current))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The model of <paramref name="type"/>, or null if a type of its chain cannot be redeclared.</summary>
    /// <param name="type">The type that holds the worker.</param>
    /// <param name="inherited">The supervisor properties it inherits, and whether it or a base lists them by hand.</param>
    public static ContainingTypeModel? Read(INamedTypeSymbol type, (EquatableArray<string> Names, bool ListedByHand) inherited)
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
            var keyword = KeywordOf(chain[i]);
            if (keyword is null || HasBrokenConstraint(chain[i]))
            {
                return null;
            }

            infos[i] = new ContainingTypeInfo(keyword, NameWithTypeParameters(chain[i]));
        }

        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } containing
            ? containing.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Substring("global::".Length)
            : string.Empty;
        var fileName = string.Join(".", chain.Select(FileNameOf));
        return new ContainingTypeModel(
            ns,
            new EquatableArray<ContainingTypeInfo>(infos),
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            type.Name,
            (ns.Length == 0 ? fileName : ns + "." + fileName) + ".g.cs",
            inherited.Names,
            inherited.ListedByHand);
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

    /// <summary>A constraint on a missing type: generated code would only repeat the user's error.</summary>
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

    private static string FileNameOf(INamedTypeSymbol type) =>
        type.TypeParameters.IsEmpty
            ? type.Name
            : type.Name + "{" + string.Join(",", type.TypeParameters.Select(parameter => parameter.Name)) + "}";
}

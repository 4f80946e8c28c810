using System.Threading;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Supervise.Analyzers.Usage;

/// <summary>Where a <c>[Supervised]</c> (or <c>[SupervisionGroup]</c>) value is written, so a diagnostic points at it rather than at the whole method.</summary>
internal static class AttributeArgumentLocations
{
    /// <summary>
    /// The named argument for <paramref name="property"/> (or, with <paramref name="index"/>, that element
    /// of its array); the attribute when the property is not written; the method (or type) when the attribute has no syntax.
    /// </summary>
    public static Location Find(AttributeData attribute, ISymbol method, string property, int? index, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return method.Locations.IsEmpty ? Location.None : method.Locations[0];
        }

        foreach (var argument in syntax.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText != property)
            {
                continue;
            }

            var element = index is { } position ? ElementAt(argument.Expression, position) : null;
            return (element ?? (SyntaxNode)argument).GetLocation();
        }

        return syntax.GetLocation();
    }

    private static ExpressionSyntax? ElementAt(ExpressionSyntax expression, int index)
    {
        var initializer = expression switch
        {
            ArrayCreationExpressionSyntax array => array.Initializer,
            ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer,
            _ => null,
        };
        if (initializer is not null)
        {
            return index < initializer.Expressions.Count ? initializer.Expressions[index] : null;
        }

        if (expression is CollectionExpressionSyntax collection && index < collection.Elements.Count)
        {
            return (collection.Elements[index] as ExpressionElementSyntax)?.Expression;
        }

        return null;
    }
}

using Microsoft.CodeAnalysis;

namespace Supervise.Analyzers.Usage;

/// <summary>
/// Finds <c>[Supervised]</c> on a symbol by its full name, as the generator's
/// <c>ForAttributeWithMetadataName</c> does, so both see the same attributes.
/// </summary>
internal static class SupervisedAttributes
{
    public static AttributeData? Find(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "SupervisedAttribute", ContainingType: null, ContainingNamespace: { Name: "Supervise", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return attribute;
            }
        }

        return null;
    }
}

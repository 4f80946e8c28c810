using Microsoft.CodeAnalysis;

namespace Supervise.Generators.Parsing;

/// <summary>
/// Finds <c>[Supervised]</c> on a symbol by its full name, as <c>ForAttributeWithMetadataName</c>
/// does, for the symbols the generator reaches on its own (base classes) and for the analyzers, so
/// all of them see the same attributes.
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

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Supervise.Generators.Judging;

/// <summary>
/// The <c>[Supervised]</c> attributes on a symbol, for the symbols the generator reaches on its own (base
/// classes) and for the analyzers, so all of them see the attributes <c>ForAttributeWithMetadataName</c> gives
/// the generator. More than one is a compiler error, which the judge answers with a rejection.
/// </summary>
internal static class SupervisedAttributes
{
    public static ImmutableArray<AttributeData> On(ISymbol symbol, WellKnownTypes types)
    {
        if (types.SupervisedAttribute is null)
        {
            return ImmutableArray<AttributeData>.Empty;
        }

        // Nearly every symbol has none: the builder is only made for one that has.
        ImmutableArray<AttributeData>.Builder? found = null;
        foreach (var attribute in symbol.GetAttributes())
        {
            if (WellKnownTypes.Is(attribute.AttributeClass, types.SupervisedAttribute))
            {
                (found ??= ImmutableArray.CreateBuilder<AttributeData>(1)).Add(attribute);
            }
        }

        return found is null ? ImmutableArray<AttributeData>.Empty : found.ToImmutable();
    }

    /// <summary>Whether <paramref name="symbol"/> carries <c>[Supervised]</c> at all.</summary>
    public static bool AreOn(ISymbol symbol, WellKnownTypes types)
    {
        if (types.SupervisedAttribute is null)
        {
            return false;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (WellKnownTypes.Is(attribute.AttributeClass, types.SupervisedAttribute))
            {
                return true;
            }
        }

        return false;
    }
}

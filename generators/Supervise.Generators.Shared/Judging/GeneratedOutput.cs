using Microsoft.CodeAnalysis;
using Supervise.Generators.Model;

namespace Supervise.Generators.Judging;

/// <summary>
/// Recognises what this generator wrote, wherever it is seen: in the compilation the analyzers get (which
/// holds the generator's output), or in a referenced assembly built with it. The generator signs its
/// properties and supervisor classes with <c>[GeneratedCode]</c>; the backing field is known by its type.
/// </summary>
internal static class GeneratedOutput
{
    public static bool IsOurs(ISymbol member, WellKnownTypes types) =>
        IsSigned(member, types) || (member is IFieldSymbol { Type: INamedTypeSymbol fieldType } && IsSigned(fieldType, types));

    private static bool IsSigned(ISymbol symbol, WellKnownTypes types)
    {
        if (types.GeneratedCodeAttribute is null)
        {
            return false;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (WellKnownTypes.Is(attribute.AttributeClass, types.GeneratedCodeAttribute)
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is GeneratorIdentity.ToolName)
            {
                return true;
            }
        }

        return false;
    }
}

using System.Threading;
using Microsoft.CodeAnalysis;
using Supervise.Generators.Model;

namespace Supervise.Generators.Parsing;

/// <summary>
/// Turns a method marked <c>[Supervised]</c> into a <see cref="WorkerModel"/>, or into nothing when it
/// cannot be supervised as written: the generator skips it and the analyzer explains why.
/// </summary>
internal static class WorkerParser
{
    public static WorkerModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol { ContainingType: { } type } method || context.Attributes.Length != 1)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (!WorkerAcceptance.TryAccept(method, type, context.Attributes[0], ignore: null, out var shape, out var options))
        {
            return null;
        }

        var names = GeneratedNames.ForMethod(method.Name);
        var typeModel = ContainingTypeReader.Read(type, InheritedSupervisors.Find(type));
        if (typeModel is null)
        {
            return null;
        }

        return new WorkerModel(
            typeModel,
            Identifiers.Escape(method.Name),
            names,
            method.IsStatic,
            shape.ReturnKind,
            shape.ParameterKind,
            options.Name ?? typeModel.SimpleName + "." + names.BaseName,
            options,
            IsObsolete(method));
    }

    private static bool IsObsolete(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "ObsoleteAttribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        return false;
    }
}

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

        if (!Accepts(method, type, context.Attributes[0], out var shape, out var options, cancellationToken))
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

    /// <summary>Whether the generator writes a supervisor for <paramref name="method"/> of <paramref name="type"/>, leaving aside a clash with another worker of the type.</summary>
    public static bool Accepts(IMethodSymbol method, INamedTypeSymbol type, AttributeData attribute) =>
        Accepts(method, type, attribute, out _, out _, CancellationToken.None) && ContainingTypeReader.CanRedeclareChain(type);

    private static bool Accepts(IMethodSymbol method, INamedTypeSymbol type, AttributeData attribute, out WorkerShape shape, out WorkerOptions options, CancellationToken cancellationToken)
    {
        options = WorkerOptions.Default;
        shape = WorkerShape.Of(method);
        if (shape.Problem != WorkerShapeProblem.None || ContainingTypeReader.FindNonPartialType(type) is not null)
        {
            return false;
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (SupervisedAttributeReader.Read(attribute) is not { } read || !WorkerOptionsRules.IsValid(read, shape.TakesContext))
        {
            return false;
        }

        options = read;
        return GeneratedNameCollisions.FindTakenName(type, GeneratedNames.ForMethod(method.Name)) is null;
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

using System;
using Microsoft.CodeAnalysis;
using Supervise.Generators.Model;

namespace Supervise.Generators.Parsing;

/// <summary>
/// Whether the generator writes a supervisor for one worker, leaving aside a clash with another worker
/// of its type. One sequence of checks for the generator's own workers, for the workers of base classes
/// it lists, and (linked) for the analyzers, so SUP001–SUP004 report exactly the workers it skips.
/// </summary>
internal static class WorkerAcceptance
{
    /// <summary>Whether the worker is supervised; the model needs nothing more than this.</summary>
    /// <param name="ignore">Members that do not count as a clash: the analyzers see the generator's own output, which the generator did not.</param>
    public static bool IsAccepted(IMethodSymbol method, INamedTypeSymbol type, AttributeData attribute, Func<ISymbol, bool>? ignore) =>
        TryAccept(method, type, attribute, ignore, out _, out _) && ContainingTypeReader.CanRedeclareChain(type);

    /// <summary>The checks before the type chain is read, with what they found: the worker's shape and options.</summary>
    public static bool TryAccept(IMethodSymbol method, INamedTypeSymbol type, AttributeData attribute, Func<ISymbol, bool>? ignore, out WorkerShape shape, out WorkerOptions options)
    {
        options = WorkerOptions.Default;
        shape = WorkerShape.Of(method);
        if (shape.Problem != WorkerShapeProblem.None || ContainingTypeReader.FindNonPartialType(type) is not null)
        {
            return false;
        }

        if (SupervisedAttributeReader.Read(attribute) is not { } read || !WorkerOptionsRules.IsValid(read, shape.TakesContext))
        {
            return false;
        }

        options = read;
        return GeneratedNameCollisions.FindTakenName(type, GeneratedNames.ForMethod(method.Name), ignore) is null;
    }
}

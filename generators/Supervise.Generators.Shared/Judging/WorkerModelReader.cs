using Microsoft.CodeAnalysis;
using Supervise.Generators.Model;

namespace Supervise.Generators.Judging;

/// <summary>
/// Reads an accepted worker into the <see cref="WorkerModel"/> the emitter writes from: names, signature,
/// options and type chain as values, with no Roslyn object left in it. Only the generator needs it.
/// </summary>
internal static class WorkerModelReader
{
    /// <summary>The model, or null for a verdict that is not an acceptance.</summary>
    public static WorkerModel? Read(WorkerVerdict verdict, WellKnownTypes types)
    {
        if (!verdict.IsAccepted || verdict.Options is not { } options || verdict.Method.ContainingType is not { } type)
        {
            return null;
        }

        var method = verdict.Method;
        var names = verdict.Names;
        var typeModel = ContainingTypeReader.Read(type, InheritedSupervisors.Find(type, types), types);
        return new WorkerModel(
            typeModel,
            Identifiers.Escape(method.Name),
            names,
            method.IsStatic,
            verdict.Shape.ReturnKind,
            verdict.Shape.ParameterKind,
            options.Name ?? typeModel.SimpleName + "." + names.BaseName,
            options,
            IsObsolete(method, types),
            verdict.Shape.Keys,
            verdict.Shape.ExecutesBackgroundService,
            GroupChildren.FileOf(method));
    }

    private static bool IsObsolete(IMethodSymbol method, WellKnownTypes types)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (WellKnownTypes.Is(attribute.AttributeClass, types.ObsoleteAttribute))
            {
                return true;
            }
        }

        return false;
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Supervise.Generators.Model;

namespace Supervise.Generators.Judging;

/// <summary>
/// The one place that decides whether a method marked <c>[Supervised]</c> is supervised. The generator
/// emits what it accepts; the analyzers word what it rejects (SUP001–SUP004, and SUP012 for a child of a group that cannot be made), so they report exactly the
/// workers the generator skips. A clash with another worker of the type is decided over the accepted
/// workers of the type, by <see cref="WorkerClashes"/>.
/// </summary>
internal static class WorkerJudge
{
    /// <summary>
    /// Runs every check in order. A check that needs what an earlier one found wrong is skipped: the
    /// type chain when the method's own type is unsupported, <c>partial</c> when no <c>partial</c> could help,
    /// the values when the attribute cannot be read, the generated names when the signature is wrong.
    /// </summary>
    /// <param name="method">The method.</param>
    /// <param name="attributes">Its <c>[Supervised]</c> attributes; anything but one is a compiler error, and a rejection.</param>
    /// <param name="types">The compilation's well-known types.</param>
    public static WorkerVerdict Judge(IMethodSymbol method, ImmutableArray<AttributeData> attributes, WellKnownTypes types)
    {
        var rejections = default(Findings<Rejection>);
        var shape = WorkerShape.Of(method, types);
        if (shape.Problem != WorkerShapeProblem.None)
        {
            rejections.Add(new Rejection.Shape(shape.Problem));
        }

        var type = method.ContainingType;
        if (type is not null && shape.Problem != WorkerShapeProblem.UnsupportedContainingType)
        {
            var chainProblem = ContainingTypeReader.FindChainProblem(type);
            if (chainProblem is not null)
            {
                rejections.Add(chainProblem);
            }

            // Inside an interface or a ref struct, partial would not help.
            if (chainProblem is null or { HasBrokenConstraint: true } && ContainingTypeReader.FindNonPartialType(type) is { } nonPartial)
            {
                rejections.Add(new Rejection.NotPartial(nonPartial));
            }
        }

        var options = attributes.Length == 1 ? SupervisedAttributeReader.Read(attributes[0], types) : null;
        if (options is null)
        {
            rejections.Add(Rejection.UnreadableAttribute.Instance);
        }
        else
        {
            var takesContext = shape.Problem == WorkerShapeProblem.None ? shape.TakesContext : WorkerShape.HasContextParameter(method, types);
            if (OptionRules.Check(options, takesContext) is { IsEmpty: false } problems)
            {
                rejections.Add(new Rejection.InvalidOptions(problems));
            }
        }

        if (type is not null && GroupChildren.IsChild(method, shape) && SupervisionGroupReader.HasUnusableGroup(type, types))
        {
            rejections.Add(Rejection.UnusableGroup.Instance);
        }

        var names = GeneratedNames.ForMethod(method.Name, keyed: shape.Keys.Count > 0);
        if (type is not null && shape.Problem == WorkerShapeProblem.None && TakenNames.Find(type, names, types) is { } taken)
        {
            rejections.Add(taken);
        }

        return new WorkerVerdict(method, shape, options, names, rejections.ToImmutable());
    }
}

using System.Globalization;
using Supervise.Generators.Model;

namespace Supervise.Analyzers.Usage;

/// <summary>
/// SUP012: <c>[SupervisionGroup]</c> values a group cannot run with (<see cref="GroupRules"/>), each on its
/// argument. The generator leaves out the group and its children for any of them, as the judge rejects each
/// child with <see cref="Rejection.UnusableGroup"/>.
/// </summary>
internal sealed class InvalidSupervisionGroupOptionRule() : GroupRule(DiagnosticDescriptors.InvalidSupervisionGroupOption)
{
    public override void Report(GroupUsageContext context)
    {
        if (context.GroupAttribute is not { } attribute || context.Group is not { } group)
        {
            return;
        }

        foreach (var problem in GroupRules.Check(group))
        {
            var location = AttributeArgumentLocations.Find(attribute, context.Type, problem.Property, index: null, context.CancellationToken);
            context.Report(Diagnostic.Create(Descriptor, location, context.Type.Name, Describe(problem, group)));
        }
    }

    private static string Describe(OptionProblem problem, SupervisionGroupInfo group) => (problem.Kind, problem.Property) switch
    {
        (OptionProblemKind.UnknownEnumValue, SupervisionGroupProperties.Strategy) => $"Strategy {Number(group.Strategy)} is not a SupervisionStrategy value",
        (OptionProblemKind.UnknownEnumValue, _) => $"AutoShutdown {Number(group.AutoShutdown)} is not an AutoShutdown value",
        (OptionProblemKind.BelowMinusOne, _) => $"MaxRestarts is {Number(group.MaxRestarts)}; it must be 0 or more, or -1 for no limit",
        (OptionProblemKind.Negative, _) => $"RestartWindowMs is {Number(group.RestartWindowMs)}; it must be 0 (the group's whole run) or more",
        (OptionProblemKind.BlankName, _) => "Name is empty; leave it out to use the type's name",
        _ => $"{problem.Property} cannot be used",
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

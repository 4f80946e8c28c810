using System.Linq;
using Supervise.Generators.Judging;

namespace Supervise.Analyzers.Usage;

/// <summary>
/// SUP016: a <c>[SupervisionGroup]</c> value the group never reads: <c>RestartWindowMs</c> written on a group
/// whose <c>MaxRestarts</c> is -1 (no limit, so no window to count in). Values a group cannot run with are SUP012's.
/// </summary>
internal sealed class IgnoredSupervisionGroupOptionRule() : GroupRule(DiagnosticDescriptors.IgnoredSupervisionGroupOption)
{
    public override void Report(GroupUsageContext context)
    {
        if (context.GroupAttribute is not { } attribute || context.Group is not { MaxRestarts: -1 }
            || !attribute.NamedArguments.Any(argument => argument.Key == SupervisionGroupProperties.RestartWindowMs))
        {
            return;
        }

        var location = AttributeArgumentLocations.Find(attribute, context.Type, SupervisionGroupProperties.RestartWindowMs, index: null, context.CancellationToken);
        context.Report(Diagnostic.Create(
            Descriptor,
            location,
            context.Type.Name,
            "RestartWindowMs has no effect with MaxRestarts = -1 (no limit); set MaxRestarts to the number of group restarts allowed in the window, or remove RestartWindowMs"));
    }
}

using System.Linq;

namespace Supervise.Analyzers.Usage;

/// <summary>
/// SUP010: a <c>[SupervisionGroup]</c> type without a method that could be its child. A child the judge rejects
/// still counts: its own error says why it is not generated, and this rule would only repeat it.
/// </summary>
internal sealed class EmptySupervisionGroupRule() : GroupRule(DiagnosticDescriptors.EmptySupervisionGroup)
{
    public override void Report(GroupUsageContext context)
    {
        if (context.GroupAttribute is not null && !context.Children.Any())
        {
            context.Report(Diagnostic.Create(Descriptor, context.GroupLocation, context.Type.Name));
        }
    }
}

using System.Linq;

namespace Supervise.Analyzers.Usage;

/// <summary>SUP011: <c>AutoShutdown</c> set on a group none of whose children is <c>Significant</c>, so it never ends by itself.</summary>
internal sealed class AutoShutdownWithoutSignificantChildRule() : GroupRule(DiagnosticDescriptors.AutoShutdownWithoutSignificantChild)
{
    public override void Report(GroupUsageContext context)
    {
        if (context.GroupAttribute is not { } attribute || context.Group is not { } group || !GroupRules.ShutsDownOnSignificant(group))
        {
            return;
        }

        var children = context.Children.ToList();

        // Without children SUP010 says the attribute does nothing at all.
        if (children.Count == 0 || children.Any(child => child.Verdict.Options?.Significant == true))
        {
            return;
        }

        var location = AttributeArgumentLocations.Find(attribute, context.Type, SupervisionGroupProperties.AutoShutdown, index: null, context.CancellationToken);
        var value = group.AutoShutdown == 1 ? "AnySignificant" : "AllSignificant";
        context.Report(Diagnostic.Create(Descriptor, location, context.Type.Name, value));
    }
}

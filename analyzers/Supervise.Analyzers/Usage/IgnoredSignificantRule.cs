namespace Supervise.Analyzers.Usage;

/// <summary>
/// SUP015: <c>Significant = true</c> where nothing reads it: on a worker of a type without a group, or on a
/// child of a group whose <c>AutoShutdown</c> is <c>Never</c>. A significant worker that restarts always is
/// SUP003's; one that is in a group type but no child is SUP013's.
/// </summary>
internal sealed class IgnoredSignificantRule() : GroupRule(DiagnosticDescriptors.IgnoredSignificant)
{
    public override void Report(GroupUsageContext context)
    {
        foreach (var (verdict, attribute) in context.Workers)
        {
            if (verdict.Options is not { Significant: true } options || options.Restart == Supervise.Generators.Model.RestartKind.Always || verdict.Method.Locations.IsEmpty)
            {
                continue;
            }

            string why;
            if (context.GroupAttribute is null)
            {
                why = $"'{context.Type.Name}' has no [SupervisionGroup], so the worker is no group's child";
            }
            else if (!GroupChildren.IsChild(verdict.Method, verdict.Shape))
            {
                continue;
            }
            else if (context.Group is { AutoShutdown: 0 })
            {
                why = "its group's AutoShutdown is Never; set AutoShutdown = AutoShutdown.AnySignificant or AllSignificant for its end to end the group";
            }
            else
            {
                continue;
            }

            var location = AttributeArgumentLocations.Find(attribute, verdict.Method, SupervisedProperties.Significant, index: null, context.CancellationToken);
            context.Report(Diagnostic.Create(Descriptor, location, verdict.Method.Name, why));
        }
    }
}

namespace Supervise.Analyzers.Usage;

/// <summary>
/// SUP013: a static worker, or a worker with keys, in a <c>[SupervisionGroup]</c> type: it reads as a child,
/// but is supervised on its own (<see cref="GroupChildren.IsChild"/>).
/// </summary>
internal sealed class WorkerNotAGroupChildRule() : GroupRule(DiagnosticDescriptors.WorkerNotAGroupChild)
{
    public override void Report(GroupUsageContext context)
    {
        if (context.GroupAttribute is null)
        {
            return;
        }

        foreach (var (verdict, _) in context.Workers)
        {
            // Only a worker whose signature is understood is known to be static or keyed for good.
            if (verdict.Shape.Problem != WorkerShapeProblem.None || GroupChildren.IsChild(verdict.Method, verdict.Shape) || verdict.Method.Locations.IsEmpty)
            {
                continue;
            }

            var why = verdict.Method.IsStatic
                ? $"a static worker belongs to the type, not to the instance whose Group runs the children; it is supervised on its own, by the static '{verdict.Names.Property}', and AddSupervisedWorkers<T>() does not run it"
                : $"a worker with keys is supervised once per key by its own SupervisorSet, '{verdict.Names.Property}', beside the group, not in it";
            context.Report(Diagnostic.Create(Descriptor, verdict.Method.Locations[0], verdict.Method.Name, context.GroupName, why));
        }
    }
}

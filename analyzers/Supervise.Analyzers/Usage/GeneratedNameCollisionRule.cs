namespace Supervise.Analyzers.Usage;

/// <summary>
/// SUP004: a member the generator would add (<c>PumpSupervisor</c>, <c>__PumpSupervisor</c>,
/// <c>__PumpSupervisorInstance</c>) is taken, or two workers of one type want the same one.
/// </summary>
internal sealed class GeneratedNameCollisionRule() : UsageRule(DiagnosticDescriptors.GeneratedNameCollision)
{
    public override void Report(UsageContext context)
    {
        foreach (var rejection in context.Verdict.Rejections)
        {
            var message = rejection switch
            {
                Rejection.NameTaken { IsTypeName: true } taken => $"the generated member '{taken.Name}' would have the name of its type",
                Rejection.NameTaken taken => $"the generated member '{taken.Name}' would clash with a member of that name in '{context.Method.ContainingType.Name}' or a base type",
                Rejection.Rival rival when rival.SharedName == context.Verdict.Names.Property && rival.SharedName == rival.Names.Property
                    => $"'{rival.Method.Name}' would get the same supervisor property '{rival.SharedName}'; rename one of them",
                Rejection.Rival rival => $"'{rival.Method.Name}' would generate a member of the same name, '{rival.SharedName}'; rename one of them",
                _ => null,
            };
            if (message is not null)
            {
                context.Report(Diagnostic.Create(Descriptor, context.MethodLocation, context.Method.Name, message));
            }
        }
    }
}

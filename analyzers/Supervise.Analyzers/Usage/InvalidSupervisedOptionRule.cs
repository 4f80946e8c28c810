namespace Supervise.Analyzers.Usage;

/// <summary>SUP003: <c>[Supervised]</c> values a supervisor cannot run with, each on its argument (or its element of <c>StopOn</c>/<c>RestartOn</c>).</summary>
internal sealed class InvalidSupervisedOptionRule() : UsageRule(DiagnosticDescriptors.InvalidSupervisedOption)
{
    public override void Report(UsageContext context)
    {
        if (context.Verdict.Options is not { } options)
        {
            return;
        }

        foreach (var rejection in context.Verdict.Rejections)
        {
            if (rejection is not Rejection.InvalidOptions invalid)
            {
                continue;
            }

            foreach (var problem in invalid.Problems)
            {
                var location = AttributeArgumentLocations.Find(context.Attribute, context.Method, problem.Property, problem.Index, context.CancellationToken);
                context.Report(Diagnostic.Create(Descriptor, location, context.Method.Name, OptionProblemMessages.Describe(problem, options)));
            }
        }
    }
}

namespace Supervise.Analyzers.Usage;

/// <summary>
/// SUP005: <c>[Supervised]</c> values the supervisor runs with but ignores under the chosen policy or restart
/// mode (see <see cref="IgnoredOptions"/>). A value that SUP003 already reports as invalid is not repeated.
/// </summary>
internal sealed class IgnoredSupervisedOptionRule() : UsageRule(DiagnosticDescriptors.IgnoredSupervisedOption)
{
    public override void Report(UsageContext context)
    {
        if (context.Verdict.Options is not { } options)
        {
            return;
        }

        foreach (var (property, message) in IgnoredOptions.Find(options, context.Attribute))
        {
            if (!IsInvalid(context.Verdict, property))
            {
                var location = AttributeArgumentLocations.Find(context.Attribute, context.Method, property, index: null, context.CancellationToken);
                context.Report(Diagnostic.Create(Descriptor, location, context.Method.Name, message));
            }
        }
    }

    private static bool IsInvalid(WorkerVerdict verdict, string property)
    {
        foreach (var rejection in verdict.Rejections)
        {
            if (rejection is Rejection.InvalidOptions invalid)
            {
                foreach (var problem in invalid.Problems)
                {
                    if (problem.Property == property)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}

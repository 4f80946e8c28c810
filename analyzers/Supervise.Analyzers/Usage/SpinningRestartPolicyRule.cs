using Supervise.Generators.Model;

namespace Supervise.Analyzers.Usage;

/// <summary>
/// SUP006: <c>Policy = RestartPolicy.Immediate</c> with no restart limit and no circuit breaker: a worker that
/// fails at once is restarted as fast as a core allows, forever. Reported on the <c>Policy</c> argument.
/// </summary>
internal sealed class SpinningRestartPolicyRule() : UsageRule(DiagnosticDescriptors.SpinningRestartPolicy)
{
    public override void Report(UsageContext context)
    {
        if (context.Verdict.Options is { } options && Spins(options))
        {
            var location = AttributeArgumentLocations.Find(context.Attribute, context.Method, SupervisedProperties.Policy, index: null, context.CancellationToken);
            context.Report(Diagnostic.Create(Descriptor, location, context.Method.Name));
        }
    }

    /// <summary>
    /// Whether nothing bounds the restarts. A negative limit other than -1 and a negative threshold are
    /// invalid (SUP003), so only the values that mean "no limit" count here.
    /// </summary>
    public static bool Spins(WorkerOptions options) =>
        options.Policy == PolicyKind.Immediate
        && options.Restart != RestartKind.Never
        && options.MaxRestarts == -1
        && options.CircuitBreakerThreshold == 0;
}

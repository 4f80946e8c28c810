using System.Linq;
using Supervise.Generators.Model;

namespace Supervise.Analyzers.Usage;

/// <summary>
/// Attribute values a supervisor runs with but ignores under the chosen policy or restart mode (a delay with Immediate, a cap with Fixed, a restart option with Never): not
/// errors, but a sign that the worker does not behave as its attribute reads (SUP005).
/// </summary>
internal static class IgnoredOptions
{
    private static readonly string[] DelayOptions = [SupervisedProperties.RestartDelayMs, SupervisedProperties.MaxDelayMs, SupervisedProperties.Jitter];

    private static readonly string[] RestartOptions =
    [
        SupervisedProperties.Policy, SupervisedProperties.RestartDelayMs, SupervisedProperties.MaxDelayMs, SupervisedProperties.Jitter, SupervisedProperties.ResetAfterMs,
        SupervisedProperties.MaxRestarts, SupervisedProperties.RestartWindowMs, SupervisedProperties.CircuitBreakerThreshold, SupervisedProperties.CircuitBreakerDurationMs, SupervisedProperties.RestartOn,
    ];

    /// <summary>Each written property that has no effect, and why.</summary>
    public static IEnumerable<(string Property, string Message)> Find(WorkerOptions options, AttributeData attribute)
    {
        // Most workers ignore nothing; which properties are written is only gathered when some could be ignored.
        if (options.Restart == RestartKind.Never)
        {
            var written = Written(attribute);
            foreach (var property in RestartOptions.Where(written.Contains))
            {
                yield return (property, $"{property} has no effect with RestartMode.Never, which never restarts the worker");
            }

            yield break;
        }

        if (options.Policy == PolicyKind.Fixed)
        {
            // Only backoff grows the delay, so only backoff has a cap to reach.
            if (Written(attribute).Contains(SupervisedProperties.MaxDelayMs))
            {
                yield return (SupervisedProperties.MaxDelayMs, $"{SupervisedProperties.MaxDelayMs} has no effect with RestartPolicy.Fixed, which waits RestartDelayMs every time; only Backoff grows the delay up to it");
            }

            yield break;
        }

        if (options.Policy == PolicyKind.Immediate)
        {
            var written = Written(attribute);
            foreach (var property in DelayOptions.Where(written.Contains))
            {
                yield return (property, $"{property} has no effect with RestartPolicy.Immediate, which restarts without a delay");
            }
        }
    }

    private static HashSet<string> Written(AttributeData attribute) =>
        new(attribute.NamedArguments.Select(argument => argument.Key));
}

using System.Collections.Generic;
using System.Linq;
using Supervise.Generators.Model;

namespace Supervise.Generators.Emitting;

/// <summary>
/// The whole policy in sentences, for the generated property's XML doc (what hover shows): restarts and
/// delays, jitter, reset, limits, circuit breaker, watchdog, exception filters, lease and shutdown.
/// </summary>
internal static class BehaviourSummary
{
    public static string Describe(WorkerOptions options)
    {
        var sentences = new List<string>
        {
            options.Restart switch
            {
                RestartKind.Never => "Runs it once, without restarting it.",
                RestartKind.OnFailure => Restarts(options, "each failure") + " A run that completes ends supervision.",
                _ => Restarts(options, "every exit"),
            },
        };

        if (options.Restart != RestartKind.Never)
        {
            AddPolicyDetails(options, sentences);
            AddFilters(options, sentences);
        }

        if (options.HeartbeatTimeoutMs > 0)
        {
            sentences.Add($"A run that goes {options.HeartbeatTimeoutMs} ms without a heartbeat is cancelled as hung.");
        }

        if (options.Singleton is { } lease)
        {
            sentences.Add($"Runs only on the replica that holds the lease <c>{Escape(lease)}</c>.");
        }

        sentences.Add($"Stopping waits up to {options.ShutdownTimeoutMs} ms for it to return.");
        return string.Join(" ", sentences);
    }

    private static void AddPolicyDetails(WorkerOptions options, List<string> sentences)
    {
        if (options.Policy == PolicyKind.Backoff && options.JittersDelays)
        {
            sentences.Add($"Delays are jittered: those are medians, and the first falls anywhere from 0 to about 2.8 times {options.RestartDelayMs} ms.");
        }
        else if (options.Policy == PolicyKind.Fixed && options.JittersDelays)
        {
            sentences.Add("Each delay is jittered by up to 25% either way.");
        }

        if (options.Policy == PolicyKind.Backoff || options.CircuitBreakerThreshold > 0)
        {
            sentences.Add($"A run that stays up {options.EffectiveResetAfterMs} ms ends a streak of failures.");
        }

        if (options.MaxRestarts >= 0)
        {
            var within = options.RestartWindowMs > 0 ? $"within {options.RestartWindowMs} ms" : "in all";
            sentences.Add($"Gives up after more than {options.MaxRestarts} restarts {within}.");
        }

        if (options.CircuitBreakerThreshold > 0)
        {
            sentences.Add($"After {options.CircuitBreakerThreshold} failures in a row it pauses restarts for {options.CircuitBreakerDurationMs} ms (circuit open), then tries one run.");
        }
    }

    // Only for a worker that restarts at all: a run-once worker gives up on any failure anyway.
    private static void AddFilters(WorkerOptions options, List<string> sentences)
    {
        if (options.StopOn is { } stopOn && stopOn.Count > 0)
        {
            sentences.Add($"A failure of type {Types(stopOn)} is never restarted: supervision gives up on it.");
        }

        if (options.RestartOn is { } restartOn && restartOn.Count > 0)
        {
            sentences.Add($"Only failures of type {Types(restartOn)} are restarted; any other makes supervision give up.");
        }
    }

    private static string Restarts(WorkerOptions options, string after) => options.Policy switch
    {
        PolicyKind.Immediate => $"Restarts it at once after {after}.",
        PolicyKind.Backoff => $"Restarts it after {after}: {options.RestartDelayMs} ms after a first failure, twice as long after each further one, up to {options.MaxDelayMs} ms.",
        _ => $"Restarts it {options.RestartDelayMs} ms after {after}.",
    };

    private static string Types(EquatableArray<ExceptionTypeInfo> types)
    {
        var names = types.Select(type => $"<c>{Escape(type.DisplayName)}</c>").ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[names.Count - 1];
    }

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}

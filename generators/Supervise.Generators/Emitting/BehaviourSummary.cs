using Supervise.Generators.Model;

namespace Supervise.Generators.Emitting;

/// <summary>Two sentences, for the generated property's XML doc, of what the supervisor will do.</summary>
internal static class BehaviourSummary
{
    public static string Describe(WorkerOptions options)
    {
        var restart = options.Restart switch
        {
            RestartKind.Never => "Runs it once, without restarting it.",
            RestartKind.OnFailure => Restarts(options, "each failure") + " A run that completes ends supervision.",
            _ => Restarts(options, "every exit"),
        };
        return $"{restart} Stopping waits up to {options.ShutdownTimeoutMs} ms for it to return.";
    }

    private static string Restarts(WorkerOptions options, string after) => options.Policy switch
    {
        PolicyKind.Immediate => $"Restarts it at once after {after}.",
        PolicyKind.Backoff => $"Restarts it after {after}: {options.RestartDelayMs} ms after a first failure, twice as long after each further one, up to {options.MaxDelayMs} ms.",
        _ => $"Restarts it {options.RestartDelayMs} ms after {after}.",
    };
}

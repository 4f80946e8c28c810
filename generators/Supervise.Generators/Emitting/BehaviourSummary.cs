using Supervise.Generators.Model;

namespace Supervise.Generators.Emitting;

/// <summary>One sentence, for the generated property's XML doc, of what the supervisor will do.</summary>
internal static class BehaviourSummary
{
    public static string Describe(WorkerOptions options)
    {
        var restart = options.Restart switch
        {
            RestartKind.Never => "Runs it once, without restarting it",
            RestartKind.OnFailure => "Restarts it after each failure (a completed run ends supervision)" + DelayPhrase(options),
            _ => "Restarts it after every exit" + DelayPhrase(options),
        };
        return $"{restart}; stopping waits up to {options.ShutdownTimeoutMs} ms for it to return.";
    }

    private static string DelayPhrase(WorkerOptions options) => options.Policy switch
    {
        PolicyKind.Immediate => ", at once",
        PolicyKind.Backoff => $", {options.RestartDelayMs} ms after a first failure and twice as long after each further one, up to {options.MaxDelayMs} ms",
        _ => $", {options.RestartDelayMs} ms later",
    };
}

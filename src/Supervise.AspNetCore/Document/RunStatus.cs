namespace Supervise.AspNetCore;

/// <summary>One finished run in the served document.</summary>
internal sealed class RunStatus
{
    public required DateTimeOffset StartedAt { get; init; }

    public required double DurationMs { get; init; }

    /// <summary>A <see cref="RunOutcome"/> name: <c>Completed</c>, <c>Failed</c> or <c>Stopped</c>.</summary>
    public required string Outcome { get; init; }

    public required string? FailureType { get; init; }
}

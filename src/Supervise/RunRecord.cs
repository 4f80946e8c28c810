using System;

namespace Supervise;

/// <summary>One run of a worker, as <see cref="Supervisor.RecentRuns"/> remembers it.</summary>
public readonly struct RunRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="startedAt">When the run started (UTC, by the supervisor's clock).</param>
    /// <param name="duration">How long it lasted.</param>
    /// <param name="outcome">How it ended.</param>
    /// <param name="failureType">The full name of the exception type that failed it; null unless it failed.</param>
    public RunRecord(DateTimeOffset startedAt, TimeSpan duration, RunOutcome outcome, string? failureType)
    {
        StartedAt = startedAt;
        Duration = duration;
        Outcome = outcome;
        FailureType = failureType;
    }

    /// <summary>When the run started (UTC, by the supervisor's clock).</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>How long the run lasted.</summary>
    public TimeSpan Duration { get; }

    /// <summary>How the run ended.</summary>
    public RunOutcome Outcome { get; }

    /// <summary>The full name of the exception type that failed the run; null unless it failed.</summary>
    public string? FailureType { get; }
}

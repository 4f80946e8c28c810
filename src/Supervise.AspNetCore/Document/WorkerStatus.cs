namespace Supervise.AspNetCore;

/// <summary>One supervisor in the served document; every member is always written, null when it has no value.</summary>
internal sealed class WorkerStatus
{
    public required string Name { get; init; }

    public required string WorkerType { get; init; }

    /// <summary>A <see cref="SupervisorState"/> name, e.g. <c>Running</c>.</summary>
    public required string State { get; init; }

    public required DateTimeOffset? StateSince { get; init; }

    public required double UptimeMs { get; init; }

    public required int RestartCount { get; init; }

    public required int ConsecutiveFailures { get; init; }

    public required FailureStatus? LastFailure { get; init; }

    public required DateTimeOffset? NextRestartAt { get; init; }

    /// <summary>A <see cref="CircuitState"/> name, e.g. <c>Closed</c>.</summary>
    public required string Circuit { get; init; }

    public required string Policy { get; init; }

    /// <summary>Oldest first.</summary>
    public required IReadOnlyList<RunStatus> RecentRuns { get; init; }

    public required IReadOnlyList<WorkerStatus> Children { get; init; }
}

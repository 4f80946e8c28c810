namespace Supervise.AspNetCore;

/// <summary>What the status endpoint serves, as JSON or as the page: every worker at one moment.</summary>
internal sealed class StatusDocument
{
    /// <summary>When the workers were read (UTC, to the millisecond).</summary>
    public required DateTimeOffset TakenAt { get; init; }

    public required IReadOnlyList<WorkerStatus> Workers { get; init; }
}

namespace Supervise.AspNetCore;

/// <summary>A worker's last failure in the served document.</summary>
internal sealed class FailureStatus
{
    public required string Type { get; init; }

    public required string Message { get; init; }

    public required DateTimeOffset At { get; init; }
}

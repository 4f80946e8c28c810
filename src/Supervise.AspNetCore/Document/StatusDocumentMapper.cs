using Supervise.Hosting;

namespace Supervise.AspNetCore;

/// <summary>Turns a snapshot into the served document: times in UTC to the millisecond, durations in milliseconds, states by name.</summary>
internal static class StatusDocumentMapper
{
    public static StatusDocument From(SupervisedWorkersSnapshot snapshot) => new()
    {
        TakenAt = ToMilliseconds(snapshot.TakenAt),
        Workers = snapshot.Workers.Select(From).ToArray(),
    };

    private static WorkerStatus From(SupervisorSnapshot worker) => new()
    {
        Name = worker.Name,
        WorkerType = worker.WorkerType,
        State = worker.State.ToString(),
        StateSince = ToMilliseconds(worker.StateSince),
        UptimeMs = Milliseconds(worker.Uptime),
        RestartCount = worker.RestartCount,
        ConsecutiveFailures = worker.ConsecutiveFailures,
        LastFailure = worker.LastFailure is { } failure
            ? new FailureStatus { Type = failure.Type, Message = failure.Message, At = ToMilliseconds(failure.At) }
            : null,
        NextRestartAt = ToMilliseconds(worker.NextRestartAt),
        Circuit = worker.Circuit.ToString(),
        Policy = worker.Policy,
        RecentRuns = worker.RecentRuns.Select(From).ToArray(),
        Children = worker.Children.Select(From).ToArray(),
    };

    private static RunStatus From(RunRecord run) => new()
    {
        StartedAt = ToMilliseconds(run.StartedAt),
        DurationMs = Milliseconds(run.Duration),
        Outcome = run.Outcome.ToString(),
        FailureType = run.FailureType,
    };

    private static double Milliseconds(TimeSpan duration) => Math.Round(duration.TotalMilliseconds, 3);

    // Milliseconds are what a browser's Date holds, so the page's script computes the same differences as the server.
    private static DateTimeOffset ToMilliseconds(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    private static DateTimeOffset? ToMilliseconds(DateTimeOffset? time) => time is { } value ? ToMilliseconds(value) : null;
}

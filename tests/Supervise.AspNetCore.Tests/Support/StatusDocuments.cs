namespace Supervise.AspNetCore.Tests.Support;

/// <summary>Documents made by hand, for what no host can show yet (children) and for every kind of value at once.</summary>
internal static class StatusDocuments
{
    public static readonly DateTimeOffset TakenAt = new(2026, 1, 2, 3, 4, 5, 678, TimeSpan.Zero);

    public const string HostileName = "<img src=x onerror=\"window.pwned=true\"> & 'Co'";

    public const string HostileMessage = "</script><script>window.pwned=true</script> <b>not bold</b> & \"quoted\"";

    /// <summary>A group with two children, a hostile worker, and a worker not started: every branch of the markup.</summary>
    public static StatusDocument Everything() => new()
    {
        TakenAt = TakenAt,
        Workers =
        [
            Worker("Billing.Group", "Running", TakenAt.AddMinutes(-75), uptimeMs: 4_500_000, restarts: 0, failures: 0, failure: null, nextRestartAt: null,
                runs: [Run(-3_000_000, 1_200, "Completed"), Run(-2_000_000, 61_000, "Stopped")],
                children:
                [
                    Worker("Billing.Invoices", "WaitingToRestart", TakenAt.AddSeconds(-2), uptimeMs: 0, restarts: 7, failures: 3,
                        failure: new FailureStatus { Type = "System.TimeoutException", Message = "the ledger did not answer", At = TakenAt.AddSeconds(-2) },
                        nextRestartAt: TakenAt.AddMilliseconds(1_500),
                        runs: [Run(-90_000, 50, "Failed", "System.TimeoutException"), Run(-60_000, 999.5, "Completed"), Run(-30_000, 12_345, "Failed", "System.TimeoutException")],
                        children: []),
                    Worker("Billing.Receipts", "CircuitOpen", TakenAt.AddDays(-2), uptimeMs: 0, restarts: 12, failures: 5,
                        failure: new FailureStatus { Type = "System.Net.Http.HttpRequestException", Message = "", At = TakenAt.AddDays(-2) },
                        nextRestartAt: TakenAt.AddHours(3),
                        runs: [Run(-200_000_000, 90_000_000, "Completed"), Run(-100_000, 700_000, "Failed", "")],
                        children: []),
                ]),
            Worker(HostileName, "Faulted", TakenAt.AddMilliseconds(-1), uptimeMs: 0, restarts: 3, failures: 4,
                failure: new FailureStatus { Type = "Acme.<Weird>Exception", Message = HostileMessage, At = TakenAt.AddMilliseconds(-1) },
                nextRestartAt: null, runs: [Run(-5_000, 3_999_999, "Failed", "Acme.<Weird>Exception")], children: []),
            Worker("Later.Start", "NotStarted", null, uptimeMs: 0, restarts: 0, failures: 0, failure: null, nextRestartAt: null, runs: [], children: []),
        ],
    };

    private static WorkerStatus Worker(
        string name,
        string state,
        DateTimeOffset? since,
        double uptimeMs,
        int restarts,
        int failures,
        FailureStatus? failure,
        DateTimeOffset? nextRestartAt,
        RunStatus[] runs,
        WorkerStatus[] children) => new()
        {
            Name = name,
            WorkerType = "Acme.Workers.Billing",
            State = state,
            StateSince = since,
            UptimeMs = uptimeMs,
            RestartCount = restarts,
            ConsecutiveFailures = failures,
            LastFailure = failure,
            NextRestartAt = nextRestartAt,
            Circuit = state == "CircuitOpen" ? "Open" : "Closed",
            Policy = "Backoff 500 ms to 30 s, jittered, reset after 5 s up; restart always; shutdown 5 s",
            RecentRuns = runs,
            Children = children,
        };

    private static RunStatus Run(double startedMsBeforeTaken, double durationMs, string outcome, string? failureType = null) => new()
    {
        StartedAt = TakenAt.AddMilliseconds(startedMsBeforeTaken),
        DurationMs = durationMs,
        Outcome = outcome,
        FailureType = failureType,
    };
}

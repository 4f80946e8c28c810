using System.Threading;

namespace Supervise;

/// <summary>
/// What a worker may know about its run, passed to a worker that takes it as a parameter (instead
/// of, or besides, its <see cref="CancellationToken"/>, in either order). Every run gets its own
/// context: one a run keeps after it ended still describes that run, never the next.
/// </summary>
/// <example>
/// <code>
/// [Supervised(HeartbeatTimeoutMs = 10_000)]
/// private async Task PollAsync(SupervisionContext context)
/// {
///     while (!context.StoppingToken.IsCancellationRequested)
///     {
///         await PollOnceAsync(context.StoppingToken);
///         context.Heartbeat();   // still alive: the watchdog waits another 10 s
///     }
/// }
/// </code>
/// </example>
public sealed class SupervisionContext
{
    private readonly RunClock _clock;
    private long _lastHeartbeat;
    private bool _madeProgress;

    internal SupervisionContext(string supervisorName, CancellationToken stoppingToken, int restartCount, long fencingToken, RunClock clock)
    {
        SupervisorName = supervisorName;
        FencingToken = fencingToken;
        StoppingToken = stoppingToken;
        RestartCount = restartCount;
        _clock = clock;
        _lastHeartbeat = clock.Now();
    }

    /// <summary>
    /// This run's stop token: cancelled when supervision stops, or when the watchdog finds the run
    /// hung. The same token the worker receives as its <see cref="CancellationToken"/> parameter.
    /// </summary>
    public CancellationToken StoppingToken { get; }

    /// <summary>The number of this run: 1 for the first, 2 for the first restart, and so on.</summary>
    public int Attempt => RestartCount + 1;

    /// <summary>How many times the worker had been restarted when this run began.</summary>
    public int RestartCount { get; }

    /// <summary>
    /// For a singleton worker (<see cref="SupervisedAttribute.Singleton"/>), the fencing token of the lease
    /// this run holds: a number that strictly increases with every acquisition of that lease, by any
    /// replica. Pass it to the writes the lease guards, and have them refuse a token lower than the
    /// highest seen, so a replica that lost the lease without knowing it cannot overwrite the new
    /// leader's work. 0 for a worker that is not a singleton.
    /// </summary>
    public long FencingToken { get; }

    /// <summary>The supervisor's name.</summary>
    public string SupervisorName { get; }

    /// <summary>
    /// Tells the watchdog this run is making progress. With
    /// <see cref="SupervisedAttribute.HeartbeatTimeoutMs"/> set, a run that goes that long without a
    /// heartbeat is cancelled and restarted. Cheap enough to call on every iteration; a heartbeat on
    /// the context of a run that has ended counts for nothing.
    /// </summary>
    public void Heartbeat() => Volatile.Write(ref _lastHeartbeat, _clock.Now());

    /// <summary>
    /// Tells the supervisor this run has done useful work (a message handled, a batch written): if the run
    /// fails after this, the failure starts a new streak, as one after a run that stayed up
    /// <see cref="SupervisedAttribute.ResetAfterMs"/> does: the backoff starts again at
    /// <see cref="SupervisedAttribute.RestartDelayMs"/> and the consecutive failures count from 1, so the
    /// circuit breaker counts from there too. A mostly healthy worker whose runs are short then never
    /// climbs to the backoff cap. Call it after the work, not on every poll: a run that only waits has made none.
    /// </summary>
    /// <remarks>
    /// <see cref="Heartbeat"/> does not do this: it says the run is alive (for the watchdog), which a run
    /// stuck retrying a broken dependency also is. A progress report on the context of a run that has
    /// ended counts for nothing.
    /// </remarks>
    public void ReportProgress() => Volatile.Write(ref _madeProgress, true);

    /// <summary>Whether the run reported progress; read by the loop when the run ends.</summary>
    internal bool MadeProgress => Volatile.Read(ref _madeProgress);

    internal long LastHeartbeat => Volatile.Read(ref _lastHeartbeat);
}

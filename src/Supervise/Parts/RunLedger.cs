using System;
using System.Threading;

namespace Supervise;

/// <summary>
/// The counts and times of one session's runs: restarts, the failure streak, the last failure and
/// when the current run started.
/// </summary>
/// <remarks>
/// Concurrency: one writer, the supervising loop (teardown writes only after the loop has ended);
/// any thread reads through the <see cref="Volatile"/> getters.
/// </remarks>
internal sealed class RunLedger
{
    /// <summary>The start time of no run.</summary>
    public const long NoRun = long.MinValue;

    /// <summary>The ledger of a supervisor that has never started: all zero, never written.</summary>
    public static readonly RunLedger None = new();

    private int _restartCount;
    private int _consecutiveFailures;
    private Exception? _lastFailure;
    private long _lastFailureAtTicks;
    private long _runStartedAt = NoRun;

    /// <summary>Restarts (runs after the first) so far in this session.</summary>
    public int RestartCount => Volatile.Read(ref _restartCount);

    /// <summary>Failed runs in a row, 1 again after a failure that followed a stable run.</summary>
    public int ConsecutiveFailures => Volatile.Read(ref _consecutiveFailures);

    public Exception? LastFailure => Volatile.Read(ref _lastFailure);

    /// <summary>When the last failure happened (UTC), or null if none did.</summary>
    public DateTimeOffset? LastFailureAt
    {
        get
        {
            var ticks = Volatile.Read(ref _lastFailureAtTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>When the current run started, by the run clock; <see cref="NoRun"/> between runs.</summary>
    public long RunStartedAt => Volatile.Read(ref _runStartedAt);

    /// <summary>Whether the run that ended last failed. Read and written by the loop only.</summary>
    public bool LastRunFailed { get; private set; }

    public void RunStarting(long now) => Volatile.Write(ref _runStartedAt, now);

    /// <summary>Ends the current run as completed and returns when it started.</summary>
    public long Completed()
    {
        var startedAt = _runStartedAt;
        Volatile.Write(ref _runStartedAt, NoRun);
        LastRunFailed = false;
        return startedAt;
    }

    /// <summary>The part of a completion that is not on the fast path: the failure streak ends.</summary>
    public void EndFailureStreak() => Volatile.Write(ref _consecutiveFailures, 0);

    /// <summary>Ends the current run as failed and returns when it started.</summary>
    /// <param name="failure">What the run threw.</param>
    /// <param name="afterStableRun">Whether the run stayed up long enough to start a new streak.</param>
    /// <param name="failedAt">When it failed (UTC).</param>
    public long Failed(Exception failure, bool afterStableRun, DateTimeOffset failedAt)
    {
        var startedAt = _runStartedAt;
        Volatile.Write(ref _runStartedAt, NoRun);
        LastRunFailed = true;
        Volatile.Write(ref _lastFailureAtTicks, failedAt.UtcTicks);
        Volatile.Write(ref _lastFailure, failure);
        Volatile.Write(ref _consecutiveFailures, afterStableRun ? 1 : _consecutiveFailures + 1);
        return startedAt;
    }

    public void CountRestart() => Volatile.Write(ref _restartCount, _restartCount + 1);

    /// <summary>At teardown: takes the run that a stop ended (the loop returned without recording it), if any.</summary>
    public long TakeOpenRun() => Interlocked.Exchange(ref _runStartedAt, NoRun);
}

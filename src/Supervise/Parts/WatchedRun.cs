using System;
using System.Threading;

namespace Supervise;

/// <summary>
/// One run under the heartbeat watchdog: its own token (so a hung run can be cancelled without
/// stopping supervision), its context (whose heartbeats count for this run only) and how far the
/// watchdog has given up on it.
/// </summary>
/// <remarks>Concurrency: <see cref="Context"/>, <see cref="IsHung"/> and <see cref="IsUnstopped"/> are guarded by the watchdog's lock.</remarks>
internal sealed class WatchedRun
{
    private readonly CancellationTokenSource _source;

    public WatchedRun(CancellationToken stoppingToken, long startedAt)
    {
        _source = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        StartedAt = startedAt;
    }

    public CancellationToken Token => _source.Token;

    public long StartedAt { get; }

    /// <summary>The context the run was given, if the worker takes one.</summary>
    public SupervisionContext? Context { get; set; }

    /// <summary>No heartbeat came within the timeout: the run was cancelled and counts as a failure.</summary>
    public bool IsHung { get; set; }

    /// <summary>The hung run ignored its cancellation for the shutdown timeout: the supervisor is Unstopped until it returns.</summary>
    public bool IsUnstopped { get; set; }

    /// <summary>The last time the run showed it was alive, by the run clock.</summary>
    public long LastSignOfLife => Context?.LastHeartbeat ?? StartedAt;

    /// <summary>Cancels the run's token; what its callbacks throw is returned for the caller to report.</summary>
    public AggregateException? Cancel()
    {
        try
        {
            _source.Cancel();
            return null;
        }
        catch (AggregateException callbacksFailed)
        {
            return callbacksFailed;
        }
        catch (ObjectDisposedException)
        {
            // The run ended, and released its source, just as it was found hung.
            return null;
        }
    }

    public void Release() => _source.Dispose();
}

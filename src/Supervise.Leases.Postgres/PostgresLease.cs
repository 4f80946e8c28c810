using System;
using System.Threading;
using System.Threading.Tasks;
using Medallion.Threading.Postgres;
using Npgsql;

namespace Supervise.Leases.Postgres;

/// <summary>
/// A lease held as a session-level advisory lock on a connection of its own, which it watches until it
/// is released: the server ending the session, or the session not answering, ends the lease.
/// </summary>
/// <remarks>
/// Npgsql connections are not thread-safe, so the connection has one user at a time: the watch loop
/// from acquisition on; then, after a release has stopped the loop, the release, which unlocks and
/// closes it; or, after a loss (or a release that could not wait for a stuck loop), the loop itself,
/// which closes it once its last command has ended. Cancelling an Npgsql operation can block on a dead
/// network, so the loop is always stopped from the thread pool.
/// </remarks>
internal sealed class PostgresLease : ILease
{
    private const string KeepaliveSql = "SELECT 1 /* Supervise.Leases keepalive */";
    private const int Held = 0;
    private const int Released = 1;
    private const int LostState = 2;
    private const int WatchRunning = 0;
    private const int WatchEnded = 1;
    private const int WatchAbandoned = 2;

    private readonly NpgsqlConnection _connection;
    private readonly PostgresDistributedLockHandle _handle;
    private readonly PostgresLeaseStore _store;
    private readonly TimeSpan _keepaliveInterval;
    private readonly TimeSpan _keepaliveTimeout;
    private readonly CancellationTokenSource _lost = new CancellationTokenSource();
    private readonly CancellationTokenSource _stopWatching = new CancellationTokenSource();
    private Task _watch = Task.CompletedTask;

    // Held until the first of a release and a loss; whichever comes first decides who closes the connection.
    private int _state = Held;

    // Whether the watch ended before a release stopped waiting for it; if not, the watch closes the connection.
    private int _watchHandoff = WatchRunning;
    private int _disposed;

    public PostgresLease(PostgresLeaseStore store, string name, long fencingToken, NpgsqlConnection connection, PostgresDistributedLockHandle handle, PostgresLeaseStoreOptions options)
    {
        _store = store;
        Name = name;
        FencingToken = fencingToken;
        _connection = connection;
        _handle = handle;
        _keepaliveInterval = options.KeepaliveInterval;
        _keepaliveTimeout = options.KeepaliveTimeout;
        ServerProcessId = connection.ProcessID;
    }

    public string Name { get; }

    public long FencingToken { get; }

    public CancellationToken Lost => _lost.Token;

    /// <summary>The server process of the lease's session, as <c>pg_stat_activity.pid</c> shows it.</summary>
    public int ServerProcessId { get; }

    /// <summary>Starts watching the session; called once, after the fencing token was taken.</summary>
    public void StartWatching()
    {
        // The library watches only connections it opened itself; this one is watched here, and only here,
        // since the watch is the connection's one user: any break surfaces in it, with the server's words.
        _watch = Task.Run(WatchAsync);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        var releasedFirst = Interlocked.CompareExchange(ref _state, Released, Held) == Held;
        StopWatching();
        if (releasedFirst)
        {
            var watchEnded = await Task.WhenAny(_watch, Task.Delay(_keepaliveTimeout)).ConfigureAwait(false) == _watch
                || Interlocked.CompareExchange(ref _watchHandoff, WatchAbandoned, WatchRunning) == WatchEnded;
            if (watchEnded)
            {
                await UnlockAndCloseAsync().ConfigureAwait(false);
            }
            else
            {
                // The session is not answering: the watch closes it when its command gives up, and the server frees the lock with it.
                _store.Log.ReleaseFailed(Name, new TimeoutException($"The lease's session did not answer within {_keepaliveTimeout.TotalMilliseconds:0} ms."));
            }
        }

        _store.Forget(this);
    }

    private async Task UnlockAndCloseAsync()
    {
        var unlocked = false;
        try
        {
            await _handle.DisposeAsync().ConfigureAwait(false);
            unlocked = true;
            _store.Log.Released(Name, FencingToken);
        }
        catch (Exception exception)
        {
            _store.Log.ReleaseFailed(Name, exception);
        }

        await CloseAsync(pooled: unlocked).ConfigureAwait(false);
    }

    private async Task CloseAsync(bool pooled)
    {
        if (!pooled)
        {
            // A pooled session keeps its advisory locks until reused: make sure this one is closed, not pooled.
            NpgsqlConnection.ClearPool(_connection);
        }

        try
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is NpgsqlException or System.IO.IOException or TimeoutException)
        {
            // Broken already: nothing left to close.
            _ = exception;
        }
    }

    private async Task WatchAsync()
    {
        var stop = _stopWatching.Token;
        try
        {
            while (true)
            {
                // Returns at once when the server sends anything, such as the error that ends a terminated session.
                var serverSpoke = await _connection.WaitAsync(_keepaliveInterval, stop).ConfigureAwait(false);
                if (!serverSpoke)
                {
                    await KeepaliveAsync(stop).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Released or lost: the watch ends here.
        }
        catch (Exception exception)
        {
            MarkLost("its connection failed", exception);
        }

        var abandoned = Interlocked.CompareExchange(ref _watchHandoff, WatchEnded, WatchRunning) == WatchAbandoned;
        if (abandoned || Volatile.Read(ref _state) == LostState)
        {
            await CloseAsync(pooled: false).ConfigureAwait(false);
        }
    }

    private async Task KeepaliveAsync(CancellationToken stop)
    {
        // No token: cancelling a command sends a cancel request, which a dead network holds up; the command timeout ends it instead.
        await using var keepalive = new NpgsqlCommand(KeepaliveSql, _connection) { CommandTimeout = (int)Math.Ceiling(_keepaliveTimeout.TotalSeconds) };
        var answered = keepalive.ExecuteNonQueryAsync();
        using var answeredInTime = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var late = Task.Delay(_keepaliveTimeout, answeredInTime.Token);
        if (await Task.WhenAny(answered, late).ConfigureAwait(false) == late && !stop.IsCancellationRequested)
        {
            // Npgsql's own timeout first tries to cancel through the dead network, which takes long: the lease is lost now.
            MarkLost($"its connection did not answer a keepalive within {_keepaliveTimeout.TotalMilliseconds:0} ms", null);
        }

        answeredInTime.Cancel();
        await answered.ConfigureAwait(false);
    }

    private void StopWatching() => _ = Task.Run(_stopWatching.Cancel);

    private void MarkLost(string reason, Exception? exception)
    {
        if (Interlocked.CompareExchange(ref _state, LostState, Held) != Held)
        {
            return;
        }

        _store.Log.Lost(Name, FencingToken, reason, exception);
        try
        {
            _lost.Cancel();
        }
        catch (AggregateException callbackFailures)
        {
            // A consumer's callback threw; the lease is lost all the same, and the watch must not die of it.
            _store.Log.LostCallbackFailed(Name, callbackFailures);
        }

        StopWatching();
    }
}

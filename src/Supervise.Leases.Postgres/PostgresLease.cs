using System;
using System.Threading;
using System.Threading.Tasks;
using Medallion.Threading.Postgres;
using Npgsql;

namespace Supervise.Leases.Postgres;

/// <summary>
/// A lease held as a session-level advisory lock on a connection of its own, which it watches until it
/// is released: the server ending the session ends the lease.
/// </summary>
/// <remarks>
/// From acquisition on, only the watch loop uses the connection, until <see cref="DisposeAsync"/> has
/// stopped it; then release uses it. Npgsql connections are not thread-safe, so this order is the rule.
/// </remarks>
internal sealed class PostgresLease : ILease
{
    private const string KeepaliveSql = "SELECT 1 /* Supervise.Leases keepalive */";

    private readonly NpgsqlConnection _connection;
    private readonly PostgresDistributedLockHandle _handle;
    private readonly PostgresLeaseStore _store;
    private readonly TimeSpan _keepaliveInterval;
    private readonly int _keepaliveTimeoutSeconds;
    private readonly CancellationTokenSource _lost = new CancellationTokenSource();
    private readonly CancellationTokenSource _stopWatching = new CancellationTokenSource();
    private Task _watch = Task.CompletedTask;
    private int _released;
    private int _markedLost;

    public PostgresLease(PostgresLeaseStore store, string name, long fencingToken, NpgsqlConnection connection, PostgresDistributedLockHandle handle, PostgresLeaseStoreOptions options)
    {
        _store = store;
        Name = name;
        FencingToken = fencingToken;
        _connection = connection;
        _handle = handle;
        _keepaliveInterval = options.KeepaliveInterval;
        _keepaliveTimeoutSeconds = (int)Math.Ceiling(options.KeepaliveTimeout.TotalSeconds);
    }

    public string Name { get; }

    public long FencingToken { get; }

    public CancellationToken Lost => _lost.Token;

    /// <summary>The server process of the lease's session, as <c>pg_stat_activity.pid</c> shows it.</summary>
    public int ServerProcessId => _connection.ProcessID;

    /// <summary>Starts watching the session; called once, after the fencing token was taken.</summary>
    public void StartWatching()
    {
        // The library's token fires when the connection leaves the Open state, whoever noticed it.
        _handle.HandleLostToken.Register(static state => ((PostgresLease)state!).MarkLost("the connection holding it closed", null), this);
        _watch = Task.Run(WatchAsync);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0)
        {
            return;
        }

        _stopWatching.Cancel();
        await _watch.ConfigureAwait(false);

        var unlocked = false;
        if (!_lost.IsCancellationRequested)
        {
            try
            {
                await _handle.DisposeAsync().ConfigureAwait(false);
                unlocked = true;
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                _store.Log.ReleaseFailed(Name, exception);
            }
        }

        if (!unlocked)
        {
            // A pooled session keeps its advisory locks until reused: make sure this one is closed, not pooled.
            NpgsqlConnection.ClearPool(_connection);
        }

        await _connection.DisposeAsync().ConfigureAwait(false);
        _store.Forget(this);
        _store.Log.Released(Name, FencingToken);
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
                    await using var keepalive = new NpgsqlCommand(KeepaliveSql, _connection) { CommandTimeout = _keepaliveTimeoutSeconds };
                    await keepalive.ExecuteNonQueryAsync(stop).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Released: the watch ends here.
        }
        catch (Exception exception)
        {
            MarkLost("its connection failed", exception);
        }
    }

    private void MarkLost(string reason, Exception? exception)
    {
        if (Volatile.Read(ref _released) != 0 || Interlocked.Exchange(ref _markedLost, 1) != 0)
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
    }
}

using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Medallion.Threading.Redis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Supervise.Leases.Redis;

/// <summary>
/// Leases held as Redis locks (through DistributedLock.Redis), with fencing tokens from a counter key:
/// every replica that points at the same Redis shares the leases.
/// </summary>
/// <remarks>
/// <para>
/// An acquisition sets the lock key <c>supervise:lease:{name}:lock</c> if it is free, with a random value
/// and <see cref="RedisLeaseStoreOptions.Expiry"/>, and then, in one script that checks the lock is still
/// there, increments <c>supervise:lease:{name}:fencing</c> (a missing counter starts from the server's
/// clock in microseconds, so a counter lost with the data never goes back). While the lease is held the
/// lock is extended every <see cref="RedisLeaseStoreOptions.ExtensionCadence"/>.
/// </para>
/// <para>
/// The lease is lost (<see cref="ILease.Lost"/> is cancelled) when an extension finds the lock gone or
/// another's, or when the connection to Redis fails: a closed connection is noticed at once (a killed
/// client, a stopped or restarted server). A lock does not belong to a connection, so after a
/// connection failure the lock may still be there: it is deleted by the release, or expires.
/// A holder process that dies without releasing keeps its lease taken until the expiry.
/// </para>
/// <para>
/// A Redis lock is as safe as Redis's own durability and clocks: a failover to a replica that missed the
/// lock, or a restart without persistence, can give the same name to two holders. The fencing token is
/// what tells their writes apart.
/// </para>
/// </remarks>
public sealed class RedisLeaseStore : ILeaseStore, IAsyncDisposable
{
    private readonly RedisLeaseStoreOptions _options;
    private readonly TimeSpan _fencingDeadline;
    private readonly TimeSpan _confirmEvery;
    private readonly bool _ownsConnection;
    private readonly ConcurrentDictionary<RedisLease, byte> _heldLeases = new ConcurrentDictionary<RedisLease, byte>();
    private readonly SemaphoreSlim _connectGate = new SemaphoreSlim(1, 1);
    private IConnectionMultiplexer? _connection;
    private long _connectionFailures;
    private int _disposed;

    /// <summary>
    /// Creates a store that connects to the Redis of <see cref="RedisLeaseStoreOptions.Configuration"/>
    /// on its first acquisition, and closes that connection when it is disposed.
    /// </summary>
    /// <param name="options">The store's options; copied, so later changes have no effect.</param>
    /// <param name="loggerFactory">Where the store logs lost leases and failed releases; none if <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names each problem.</exception>
    public RedisLeaseStore(RedisLeaseStoreOptions options, ILoggerFactory? loggerFactory = null)
        : this(null, ownsConnection: true, options, loggerFactory)
    {
    }

    /// <summary>
    /// Creates a store on a connection of the application's; <see cref="RedisLeaseStoreOptions.Configuration"/>
    /// is not used, and the connection stays open when the store is disposed.
    /// </summary>
    /// <param name="connection">The application's connection to Redis.</param>
    /// <param name="options">The store's options; copied, so later changes have no effect.</param>
    /// <param name="loggerFactory">Where the store logs lost leases and failed releases; none if <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names each problem.</exception>
    /// <remarks>
    /// Commands on a connection whose backlog policy queues them while disconnected (StackExchange.Redis's
    /// default) wait for the reconnection up to the connection's timeout before they fail.
    /// </remarks>
    public RedisLeaseStore(IConnectionMultiplexer connection, RedisLeaseStoreOptions options, ILoggerFactory? loggerFactory = null)
        : this(connection ?? throw new ArgumentNullException(nameof(connection)), ownsConnection: false, options, loggerFactory)
    {
    }

    private RedisLeaseStore(IConnectionMultiplexer? connection, bool ownsConnection, RedisLeaseStoreOptions options, ILoggerFactory? loggerFactory)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var problems = RedisLeaseStoreOptionsValidator.FindProblems(options, needsConfiguration: ownsConnection);
        if (problems.Count > 0)
        {
            throw new ArgumentException("The Redis lease store's options are invalid: " + string.Join(" ", problems), nameof(options));
        }

        _options = new RedisLeaseStoreOptions
        {
            Configuration = options.Configuration,
            KeyPrefix = options.KeyPrefix,
            Expiry = options.Expiry,
            ExtensionCadence = options.ExtensionCadence,
            AcquireTimeout = options.AcquireTimeout,
            Database = options.Database,
        };

        // A token is trusted only if the lock it was taken under cannot have expired meanwhile; half the
        // validity the lock library guarantees leaves room for clocks that run at different rates.
        _fencingDeadline = TimeSpan.FromTicks(RedisLeaseStoreOptionsValidator.MinimumValidity(_options.Expiry).Ticks / 2);
        _confirmEvery = _options.ExtensionCadence ?? TimeSpan.FromTicks(RedisLeaseStoreOptionsValidator.MinimumValidity(_options.Expiry).Ticks / 3);
        _ownsConnection = ownsConnection;
        Log = new RedisLeaseStoreLog((loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<RedisLeaseStore>());
        if (connection is not null)
        {
            _connection = connection;
            connection.ConnectionFailed += OnConnectionFailed;
        }
    }

    internal RedisLeaseStoreLog Log { get; }

    /// <inheritdoc />
    public async ValueTask<ILease?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        LeaseNames.Validate(name, nameof(name));
        if (Volatile.Read(ref _disposed) != 0)
        {
            throw new ObjectDisposedException(nameof(RedisLeaseStore));
        }

        cancellationToken.ThrowIfCancellationRequested();
        RedisDistributedLockHandle? handle = null;
        try
        {
            var connection = await ConnectAsync().ConfigureAwait(false);
            var database = connection.GetDatabase(_options.Database);
            var keys = new LeaseKeys(_options.KeyPrefix, name);
            var failuresBefore = Interlocked.Read(ref _connectionFailures);

            handle = await new RedisDistributedLock(keys.Lock, database, ConfigureLock)
                .TryAcquireAsync(_options.AcquireTimeout, cancellationToken)
                .ConfigureAwait(false);
            if (handle is null)
            {
                return null;
            }

            var sinceLocked = Stopwatch.StartNew();
            var askedAt = Stopwatch.GetTimestamp();
            var taken = await database.ScriptEvaluateAsync(FencingScript.TakeToken, new[] { keys.Lock, keys.Fencing }).ConfigureAwait(false);
            if (taken.IsNull)
            {
                throw new LeaseStoreException(name, $"The Redis lease store at {Describe(connection)} lost the lock of lease '{name}' before it could take a fencing token: its key was deleted right after it was set.");
            }

            // Within the validity the lock library guarantees, the lock's value the script read is this holder's own.
            if (sinceLocked.Elapsed > _fencingDeadline)
            {
                throw new LeaseStoreException(name, $"The Redis lease store at {Describe(connection)} took {sinceLocked.Elapsed.TotalMilliseconds:0} ms to take the fencing token of lease '{name}', too long to be sure the lock was still held (limit {_fencingDeadline.TotalMilliseconds:0} ms).");
            }

            var results = (RedisResult[])taken!;
            var lease = new RedisLease(
                this,
                name,
                fencingToken: (long)results[0],
                handle,
                database,
                keys.Lock,
                lockValue: (RedisValue)results[1],
                confirmedUntil: RedisLease.SafeUntil(askedAt, (long)results[2]),
                confirmEvery: _confirmEvery);
            _heldLeases.TryAdd(lease, 0);
            handle = null;
            if (Interlocked.Read(ref _connectionFailures) != failuresBefore)
            {
                // The connection failed while the lease was being taken: hand out nothing that may be stale already.
                await lease.DisposeAsync().ConfigureAwait(false);
                throw new LeaseStoreException(name, $"The connection to the Redis lease store at {Describe(connection)} failed while lease '{name}' was being acquired.");
            }

            lease.StartWatching();
            Log.Acquired(name, lease.FencingToken);
            return lease;
        }
        catch (Exception exception) when (handle is not null || exception is RedisException or TimeoutException)
        {
            if (handle is not null)
            {
                await ReleaseQuietlyAsync(name, handle).ConfigureAwait(false);
            }

            if (exception is RedisException or TimeoutException && !cancellationToken.IsCancellationRequested)
            {
                throw new LeaseStoreException(name, $"The Redis lease store at {Describe(_connection)} could not acquire lease '{name}': {exception.Message}", exception);
            }

            throw;
        }
    }

    /// <summary>Releases the leases this store still holds, then closes its connection if it opened it.</summary>
    /// <returns>A task that completes when everything is released and closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        foreach (var lease in _heldLeases.Keys)
        {
            await lease.DisposeAsync().ConfigureAwait(false);
        }

        if (_connection is { } connection)
        {
            connection.ConnectionFailed -= OnConnectionFailed;
            if (_ownsConnection)
            {
                await connection.CloseAsync().ConfigureAwait(false);
                connection.Dispose();
            }
        }

        _connectGate.Dispose();
    }

    internal void Forget(RedisLease lease) => _heldLeases.TryRemove(lease, out _);

    private static string Describe(IConnectionMultiplexer? connection) =>
        connection is null ? "(not connected)" : string.Join(", ", Array.ConvertAll(connection.GetEndPoints(), endPoint => endPoint.ToString()));

    private void ConfigureLock(RedisDistributedSynchronizationOptionsBuilder builder)
    {
        builder.Expiry(_options.Expiry);
        if (_options.ExtensionCadence is { } cadence)
        {
            builder.ExtensionCadence(cadence);
        }
    }

    private async Task ReleaseQuietlyAsync(string name, RedisDistributedLockHandle handle)
    {
        try
        {
            await handle.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            Log.ReleaseFailed(name, exception);
        }
    }

    private async Task<IConnectionMultiplexer> ConnectAsync()
    {
        if (Volatile.Read(ref _connection) is { } connected)
        {
            return connected;
        }

        await _connectGate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_connection is { } existing)
            {
                return existing;
            }

            var configuration = ConfigurationOptions.Parse(_options.Configuration!);

            // Up even while Redis is down, reconnecting by itself; and a lease command fails at once rather than wait in a queue.
            configuration.AbortOnConnectFail = false;
            configuration.BacklogPolicy = BacklogPolicy.FailFast;
            var connection = await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
            connection.ConnectionFailed += OnConnectionFailed;
            Volatile.Write(ref _connection, connection);
            return connection;
        }
        finally
        {
            _connectGate.Release();
        }
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs failure)
    {
        if (failure.ConnectionType != ConnectionType.Interactive)
        {
            return;
        }

        Interlocked.Increment(ref _connectionFailures);
        foreach (var lease in _heldLeases.Keys)
        {
            lease.MarkLost($"the connection to Redis at {failure.EndPoint} failed ({failure.FailureType})", failure.Exception);
        }
    }
}

using System;
using System.Collections.Concurrent;
using System.Data;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Medallion.Threading.Postgres;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Supervise.Leases.Postgres;

/// <summary>
/// Leases held as PostgreSQL advisory locks (through DistributedLock.Postgres), with fencing tokens from
/// a counter table: every replica that points at the same database shares the leases.
/// </summary>
/// <remarks>
/// <para>
/// An acquisition opens a connection of its own and takes the session-level advisory lock on the key made
/// from <see cref="PostgresLeaseStoreOptions.LockNamePrefix"/> and the name. On that same session,
/// holding the lock, it bumps the name's row in <see cref="PostgresLeaseStoreOptions.FencingTable"/>
/// (created on first use) in a transaction committed with <c>synchronous_commit</c> on:
/// </para>
/// <code>
/// INSERT INTO supervise_lease_fencing AS fencing (name, token, acquired_at) VALUES (@name, 1, now())
/// ON CONFLICT (name) DO UPDATE SET token = fencing.token + 1, acquired_at = now()
/// RETURNING fencing.token
/// </code>
/// <para>
/// Because the bump runs on the session that holds the lock, a session that lost it can never obtain a
/// token, and each token is higher than every token before it.
/// </para>
/// <para>
/// The session stays open, idle, for as long as the lease is held, and the store waits on it: when the
/// server ends the session (the backend is terminated, the server restarts or shuts down) the lease's
/// <see cref="ILease.Lost"/> is cancelled at once, and PostgreSQL itself frees the lock for the next
/// replica. Every <see cref="PostgresLeaseStoreOptions.KeepaliveInterval"/> of silence a short query
/// checks the session, so a connection that died without a word is noticed too. A holder process that
/// dies closes its socket, so the server frees its locks straight away.
/// </para>
/// <para>
/// Disposing the store releases the leases it still holds and closes its connections.
/// </para>
/// </remarks>
public sealed class PostgresLeaseStore : ILeaseStore, IAsyncDisposable
{
    private readonly PostgresLeaseStoreOptions _options;
    private readonly NpgsqlDataSource _dataSource;
    private readonly FencingTableSql _sql;
    private readonly string _serverDescription;
    private readonly ConcurrentDictionary<PostgresLease, byte> _heldLeases = new ConcurrentDictionary<PostgresLease, byte>();
    private readonly SemaphoreSlim _tableGate = new SemaphoreSlim(1, 1);
    private volatile bool _tableReady;
    private int _disposed;

    /// <summary>Creates a store on the database of <paramref name="options"/>; nothing is opened until the first acquisition.</summary>
    /// <param name="options">The store's options; copied, so later changes have no effect.</param>
    /// <param name="loggerFactory">Where the store logs lost leases and failed releases; none if <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names each problem.</exception>
    public PostgresLeaseStore(PostgresLeaseStoreOptions options, ILoggerFactory? loggerFactory = null)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var problems = PostgresLeaseStoreOptionsValidator.FindProblems(options);
        if (problems.Count > 0)
        {
            throw new ArgumentException("The PostgreSQL lease store's options are invalid: " + string.Join(" ", problems), nameof(options));
        }

        _options = new PostgresLeaseStoreOptions
        {
            ConnectionString = options.ConnectionString,
            FencingTable = options.FencingTable,
            LockNamePrefix = options.LockNamePrefix,
            AcquireTimeout = options.AcquireTimeout,
            KeepaliveInterval = options.KeepaliveInterval,
            KeepaliveTimeout = options.KeepaliveTimeout,
        };

        var connection = new NpgsqlConnectionStringBuilder(options.ConnectionString)
        {
            // A lease is a session: it needs a physical connection of its own, outside any ambient transaction,
            // and the store's own watch instead of Npgsql's keepalive (which cannot share the connection with it).
            Multiplexing = false,
            KeepAlive = 0,
            Enlist = false,
        };
        _serverDescription = connection.Database is { Length: > 0 } database ? $"{connection.Host}:{connection.Port}/{database}" : $"{connection.Host}:{connection.Port}";
        _dataSource = new NpgsqlDataSourceBuilder(connection.ConnectionString).Build();
        _sql = new FencingTableSql(_options.FencingTable);
        Log = new PostgresLeaseStoreLog((loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<PostgresLeaseStore>());
    }

    internal PostgresLeaseStoreLog Log { get; }

    /// <inheritdoc />
    public async ValueTask<ILease?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        LeaseNames.Validate(name, nameof(name));
        if (Volatile.Read(ref _disposed) != 0)
        {
            throw new ObjectDisposedException(nameof(PostgresLeaseStore));
        }

        cancellationToken.ThrowIfCancellationRequested();
        NpgsqlConnection? connection = null;
        PostgresDistributedLockHandle? handle = null;
        try
        {
            await EnsureFencingTableAsync(cancellationToken).ConfigureAwait(false);

            connection = _dataSource.CreateConnection();
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var key = new PostgresAdvisoryLockKey(_options.LockNamePrefix + name, allowHashing: true);
            handle = await new PostgresDistributedLock(key, connection).TryAcquireAsync(_options.AcquireTimeout, cancellationToken).ConfigureAwait(false);
            if (handle is null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                return null;
            }

            var fencingToken = await BumpFencingTokenAsync(connection, name, cancellationToken).ConfigureAwait(false);
            var lease = new PostgresLease(this, name, fencingToken, connection, handle, _options);
            _heldLeases.TryAdd(lease, 0);
            lease.StartWatching();
            Log.Acquired(name, fencingToken);
            return lease;
        }
        catch (Exception exception)
        {
            await AbandonAsync(handle, connection).ConfigureAwait(false);
            if (exception is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable })
            {
                // Someone dropped the table since it was checked: create it again next time.
                _tableReady = false;
            }

            if (IsStoreFailure(exception) && !cancellationToken.IsCancellationRequested)
            {
                throw new LeaseStoreException(name, $"The PostgreSQL lease store at {_serverDescription} could not acquire lease '{name}': {exception.Message}", exception);
            }

            throw;
        }
    }

    /// <summary>Releases the leases this store still holds, then closes its connections.</summary>
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

        await _dataSource.DisposeAsync().ConfigureAwait(false);
        _tableGate.Dispose();
    }

    internal void Forget(PostgresLease lease) => _heldLeases.TryRemove(lease, out _);

    private static bool IsStoreFailure(Exception exception) =>
        exception is NpgsqlException or SocketException or TimeoutException;

    private static async Task AbandonAsync(PostgresDistributedLockHandle? handle, NpgsqlConnection? connection)
    {
        if (handle is not null)
        {
            try
            {
                await handle.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The first error is the one to report. A pooled session keeps its advisory locks until reused:
                // make sure this one is closed, not pooled.
                NpgsqlConnection.ClearPool(connection!);
            }
        }

        if (connection is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task EnsureFencingTableAsync(CancellationToken cancellationToken)
    {
        if (_tableReady)
        {
            return;
        }

        await _tableGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_tableReady)
            {
                return;
            }

            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (var exists = new NpgsqlCommand(_sql.Exists, connection))
            {
                exists.Parameters.AddWithValue("table", _sql.TableName);
                if ((bool)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
                {
                    _tableReady = true;
                    return;
                }
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (var create = new NpgsqlCommand(_sql.Create, connection, transaction))
            {
                create.Parameters.AddWithValue("table", _sql.TableName);
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            _tableReady = true;
        }
        finally
        {
            _tableGate.Release();
        }
    }

    private async Task<long> BumpFencingTokenAsync(NpgsqlConnection connection, string name, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand(FencingTableSql.DurableCommit),
                new NpgsqlBatchCommand(_sql.Bump) { Parameters = { new NpgsqlParameter("name", name) } },
            },
        };
        var token = (long)(await batch.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return token;
    }
}

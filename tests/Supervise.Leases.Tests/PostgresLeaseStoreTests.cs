using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Npgsql;
using Supervise.Leases.Postgres;
using Supervise.Leases.Tests.Contract;

namespace Supervise.Leases.Tests;

/// <summary>The PostgreSQL store against a real server: the contract, then what only a real server shows.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresLeaseStoreTests(PostgresFixture postgres, ITestOutputHelper output) : LeaseStoreContract
{
    protected override ILeaseStore CreateStore() => new PostgresLeaseStore(new PostgresLeaseStoreOptions { ConnectionString = postgres.ConnectionString });

    private PostgresLeaseStore NewReplica(Action<PostgresLeaseStoreOptions> configure)
    {
        var options = new PostgresLeaseStoreOptions { ConnectionString = postgres.ConnectionString };
        configure(options);
        return Track(new PostgresLeaseStore(options));
    }

    [Fact]
    public async Task Terminating_the_holders_session_cancels_Lost_at_once_and_frees_the_lease()
    {
        var name = UniqueName("terminated");
        var holder = NewReplica();
        var standby = NewReplica();
        var lease = await AcquireAsync(holder, name);
        var processId = ((PostgresLease)lease).ServerProcessId;

        var clock = Stopwatch.StartNew();
        Assert.True(await PostgresAdmin.TerminateBackendAsync(postgres.ConnectionString, processId));
        await Within.CancelledAsync(lease.Lost, "Lost after pg_terminate_backend");
        output.WriteLine($"pg_terminate_backend to Lost: {clock.Elapsed.TotalMilliseconds:0.0} ms");

        var next = await AcquireAsync(standby, name);
        Assert.True(next.FencingToken > lease.FencingToken);
        await lease.DisposeAsync();
        Assert.False(next.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task A_release_unlocks_on_the_leases_own_session_and_logs_no_warning()
    {
        var name = UniqueName("clean-release");
        var logs = new FakeLogCollector();
        using var loggers = LoggerFactory.Create(builder => builder.AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Debug));
        var holder = Track(new PostgresLeaseStore(new PostgresLeaseStoreOptions { ConnectionString = postgres.ConnectionString }, loggers));
        var lease = await AcquireAsync(holder, name);
        var processId = ((PostgresLease)lease).ServerProcessId;

        await lease.DisposeAsync();

        Assert.Equal(0, await PostgresAdmin.ScalarAsync<long>(postgres.ConnectionString, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = @pid", ("pid", processId)));
        Assert.DoesNotContain(logs.GetSnapshot(), record => record.Level >= LogLevel.Warning);
        Assert.Contains(logs.GetSnapshot(), record => record.Message == $"Released lease '{name}' (fencing token {lease.FencingToken}).");
    }

    [Fact]
    public async Task A_lost_lease_is_logged_as_a_warning_with_the_reason()
    {
        var name = UniqueName("logged-loss");
        var logs = new FakeLogCollector();
        using var loggers = LoggerFactory.Create(builder => builder.AddProvider(new FakeLoggerProvider(logs)));
        var holder = Track(new PostgresLeaseStore(new PostgresLeaseStoreOptions { ConnectionString = postgres.ConnectionString }, loggers));
        var lease = await AcquireAsync(holder, name);

        await PostgresAdmin.TerminateBackendAsync(postgres.ConnectionString, ((PostgresLease)lease).ServerProcessId);
        await Within.CancelledAsync(lease.Lost, "Lost after pg_terminate_backend");

        var warning = Assert.Single(logs.GetSnapshot(), record => record.Level == LogLevel.Warning);
        Assert.StartsWith($"Lost lease '{name}' (fencing token {lease.FencingToken}): ", warning.Message);
        Assert.NotNull(warning.Exception);
    }

    [Fact]
    public async Task A_silently_dead_connection_is_lost_by_the_keepalive_while_the_server_keeps_the_lock_from_others()
    {
        var name = UniqueName("partitioned");
        var server = new NpgsqlConnectionStringBuilder(postgres.ConnectionString);
        await using var network = new FreezingProxy(server.Port);
        var throughProxy = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Host = "127.0.0.1", Port = network.Port };
        var holder = Track(new PostgresLeaseStore(new PostgresLeaseStoreOptions
        {
            ConnectionString = throughProxy.ConnectionString,
            KeepaliveInterval = TimeSpan.FromMilliseconds(100),
            KeepaliveTimeout = TimeSpan.FromSeconds(1),
        }));
        var lease = await AcquireAsync(holder, name);

        network.Freeze();
        var lostAfter = await Within.CancelledAsync(lease.Lost, "Lost after the network went silent");
        output.WriteLine($"network frozen to Lost (keepalive every 100 ms, timeout 1 s): {lostAfter.TotalMilliseconds:0} ms");

        // The server still sees the holder's session, so it keeps the lock: no second holder meanwhile.
        Assert.Null(await TryAcquireAsync(NewReplica(), name));
        var standby = NewReplica();
        var clock = Stopwatch.StartNew();
        await network.DisposeAsync();
        await Within.PollAsync(async () => await standby.TryAcquireAsync(name, CancellationToken.None) is { } next && await Release(next), "the server freeing the lock once the connection closed");
        output.WriteLine($"holder's socket closed to a standby holding the lease (polling): {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    private static async Task<bool> Release(ILease lease)
    {
        await lease.DisposeAsync();
        return true;
    }

    [Fact]
    public async Task A_held_lease_survives_its_keepalive_checks()
    {
        var name = UniqueName("kept");
        var holder = NewReplica(options => options.KeepaliveInterval = TimeSpan.FromMilliseconds(20));
        var lease = await AcquireAsync(holder, name);
        var processId = ((PostgresLease)lease).ServerProcessId;

        // Each keepalive is a query the server sees: wait for three of them.
        var seen = new HashSet<DateTime>();
        await Within.PollAsync(async () =>
        {
            if (await PostgresAdmin.LastQueryStartAsync(postgres.ConnectionString, processId) is { } start)
            {
                seen.Add(start);
            }

            return seen.Count >= 4;
        }, "three keepalive queries on the lease's session");

        Assert.False(lease.Lost.IsCancellationRequested);
        Assert.Null(await TryAcquireAsync(NewReplica(), name));
    }

    [Fact]
    public async Task The_fencing_counter_is_a_row_per_name_in_the_fencing_table()
    {
        var name = UniqueName("row");
        var replica = NewReplica();
        var first = await AcquireAsync(replica, name);
        await first.DisposeAsync();
        var second = await AcquireAsync(replica, name);

        var stored = await PostgresAdmin.ScalarAsync<long>(postgres.ConnectionString, $"SELECT token FROM {PostgresLeaseStoreOptions.DefaultFencingTable} WHERE name = @name", ("name", name));

        Assert.Equal(1, first.FencingToken);
        Assert.Equal(2, second.FencingToken);
        Assert.Equal(second.FencingToken, stored);
    }

    [Fact]
    public async Task A_schema_qualified_fencing_table_is_created_on_first_use()
    {
        var schema = "leases_" + Guid.NewGuid().ToString("N")[..12];
        await PostgresAdmin.ScalarAsync<object>(postgres.ConnectionString, $"CREATE SCHEMA {schema}; SELECT 1");
        var store = NewReplica(options => options.FencingTable = $"{schema}.fencing");

        var lease = await AcquireAsync(store, UniqueName("custom-table"));

        var stored = await PostgresAdmin.ScalarAsync<long>(postgres.ConnectionString, $"SELECT token FROM {schema}.fencing WHERE name = @name", ("name", lease.Name));
        Assert.Equal(lease.FencingToken, stored);
    }

    [Fact]
    public async Task Stores_with_different_lock_name_prefixes_do_not_share_leases()
    {
        var name = UniqueName("prefixed");
        var one = NewReplica(options => options.LockNamePrefix = "app-one:");
        var two = NewReplica(options => options.LockNamePrefix = "app-two:");

        await AcquireAsync(one, name);
        await AcquireAsync(two, name);
    }

    [Fact]
    public async Task With_an_acquire_timeout_a_waiting_replica_takes_a_released_lease_at_once()
    {
        var name = UniqueName("waiting");
        var holder = NewReplica();
        var waiter = NewReplica(options => options.AcquireTimeout = TimeSpan.FromSeconds(10));
        var lease = await AcquireAsync(holder, name);

        var waiting = waiter.TryAcquireAsync(name, CancellationToken.None).AsTask();
        await Within.PollAsync(async () => await PostgresAdmin.ScalarAsync<long>(postgres.ConnectionString,
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted") > 0, "the waiter queueing on the lock");
        var clock = Stopwatch.StartNew();
        await lease.DisposeAsync();
        var taken = await Within.ResultAsync(waiting, "the waiting acquisition");
        output.WriteLine($"release to waiting replica holding the lease: {clock.Elapsed.TotalMilliseconds:0.0} ms");

        Assert.NotNull(taken);
        Assert.True(taken.FencingToken > lease.FencingToken);
        await taken.DisposeAsync();
    }

    [Fact]
    public async Task Cancelling_a_waiting_acquisition_throws_and_leaves_the_lease_with_its_holder()
    {
        var name = UniqueName("cancel-wait");
        var holder = NewReplica();
        var waiter = NewReplica(options => options.AcquireTimeout = TimeSpan.FromSeconds(30));
        var lease = await AcquireAsync(holder, name);
        using var stop = new CancellationTokenSource();

        var waiting = waiter.TryAcquireAsync(name, stop.Token).AsTask();
        stop.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Within.ResultAsync(waiting, "the cancelled acquisition"));
        Assert.False(lease.Lost.IsCancellationRequested);
        Assert.Null(await TryAcquireAsync(NewReplica(), name));
    }

    [Fact]
    public async Task Disposing_the_store_releases_the_leases_it_holds()
    {
        var name = UniqueName("store-disposed");
        var holder = new PostgresLeaseStore(new PostgresLeaseStoreOptions { ConnectionString = postgres.ConnectionString });
        await holder.TryAcquireAsync(name, CancellationToken.None);

        await holder.DisposeAsync();

        await AcquireAsync(NewReplica(), name);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => holder.TryAcquireAsync(name, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task An_unreachable_server_is_a_store_failure_that_names_the_server_and_the_lease()
    {
        var port = FreePort.Next();
        var store = Track(new PostgresLeaseStore(new PostgresLeaseStoreOptions { ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Timeout=5" }));

        var clock = Stopwatch.StartNew();
        var failure = await Assert.ThrowsAsync<LeaseStoreException>(() => store.TryAcquireAsync("unreachable", CancellationToken.None).AsTask());
        output.WriteLine($"refused connection to LeaseStoreException: {clock.Elapsed.TotalMilliseconds:0} ms: {failure.Message}");

        Assert.Equal("unreachable", failure.LeaseName);
        Assert.Contains($"127.0.0.1:{port}", failure.Message);
        Assert.Contains("'unreachable'", failure.Message);
        Assert.IsAssignableFrom<NpgsqlException>(failure.InnerException);
    }

    [Fact]
    public async Task A_database_that_does_not_exist_is_a_store_failure_with_the_servers_words()
    {
        var connection = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Database = "no_such_database" }.ConnectionString;
        var store = Track(new PostgresLeaseStore(new PostgresLeaseStoreOptions { ConnectionString = connection }));

        var failure = await Assert.ThrowsAsync<LeaseStoreException>(() => store.TryAcquireAsync("nowhere", CancellationToken.None).AsTask());

        Assert.Contains("no_such_database", failure.Message);
        Assert.Equal("3D000", Assert.IsType<PostgresException>(failure.InnerException).SqlState);
    }

    [Fact]
    public void Invalid_options_are_rejected_with_a_message_per_problem()
    {
        var exception = Assert.Throws<ArgumentException>(() => new PostgresLeaseStore(new PostgresLeaseStoreOptions
        {
            FencingTable = "fencing; DROP TABLE users",
            KeepaliveInterval = TimeSpan.Zero,
            AcquireTimeout = TimeSpan.FromSeconds(-1),
        }));

        Assert.Contains("ConnectionString is not set", exception.Message);
        Assert.Contains("FencingTable is 'fencing; DROP TABLE users'", exception.Message);
        Assert.Contains("KeepaliveInterval", exception.Message);
        Assert.Contains("AcquireTimeout", exception.Message);
    }
}

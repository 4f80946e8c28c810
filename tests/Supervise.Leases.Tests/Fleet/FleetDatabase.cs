using Npgsql;

namespace Supervise.Leases.Tests.Fleet;

/// <summary>
/// A database of its own for one fleet, on a shared server: its leases (advisory locks are per database),
/// fencing counters and <c>fleet_work</c> start empty. Dropped on dispose.
/// </summary>
internal sealed class FleetDatabase : IAsyncDisposable
{
    private readonly string _serverConnectionString;
    private readonly string _name;

    // The test's own look-ups: unpooled, so a server restart leaves no broken connection behind.
    private readonly string _readConnectionString;

    private FleetDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Pooling = false }.ConnectionString;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
        _readConnectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString;
    }

    /// <summary>What the replicas are given as <c>--connection</c>.</summary>
    public string ConnectionString { get; }

    public static async Task<FleetDatabase> CreateAsync(string serverConnectionString)
    {
        var database = new FleetDatabase(serverConnectionString, "fleet_" + Guid.NewGuid().ToString("N"));
        await ExecuteAsync(database._serverConnectionString, $"CREATE DATABASE {database._name}");
        return database;
    }

    /// <summary>How many rows carry <paramref name="fencingToken"/>; 0 before the leader has created the table.</summary>
    public async Task<long> CountRowsAsync(long fencingToken)
    {
        try
        {
            return await PostgresAdmin.ScalarAsync<long>(_readConnectionString, "SELECT count(*) FROM fleet_work WHERE fencing_token = @token", ("token", fencingToken));
        }
        catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0;
        }
    }

    /// <summary>Waits until the leader with <paramref name="fencingToken"/> has written <paramref name="rows"/> rows.</summary>
    public Task WaitForRowsAsync(long fencingToken, int rows) =>
        Within.PollAsync(async () => await CountRowsAsync(fencingToken) >= rows, $"{rows} rows with fencing token {fencingToken}");

    /// <summary>Every row, in the order the fence let them in (the time each took while holding the fence row).</summary>
    public async Task<IReadOnlyList<FleetWorkRow>> RowsAsync()
    {
        await using var connection = new NpgsqlConnection(_readConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id, fencing_token, replica, at FROM fleet_work ORDER BY at, id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<FleetWorkRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new FleetWorkRow(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetDateTime(3)));
        }

        return rows;
    }

    /// <summary>When the server last started, by its clock.</summary>
    public Task<DateTime> ServerStartedAtAsync() => PostgresAdmin.ScalarAsync<DateTime>(_readConnectionString, "SELECT pg_postmaster_start_time()");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await ExecuteAsync(_serverConnectionString, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
        }
        catch (NpgsqlException)
        {
            // The server is gone (a test of its own server stopped it): nothing left to drop.
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

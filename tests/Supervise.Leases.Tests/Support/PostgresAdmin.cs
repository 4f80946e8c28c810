using Npgsql;

namespace Supervise.Leases.Tests.Support;

/// <summary>What a database administrator does to the server under a lease store: look, and end sessions.</summary>
internal static class PostgresAdmin
{
    public static async Task<T> ScalarAsync<T>(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static Task<bool> TerminateBackendAsync(string connectionString, int processId) =>
        ScalarAsync<bool>(connectionString, "SELECT pg_terminate_backend(@pid)", ("pid", processId));

    /// <summary>When the session last started a query, as pg_stat_activity shows it; null when the session is gone.</summary>
    public static async Task<DateTime?> LastQueryStartAsync(string connectionString, int processId)
    {
        var start = await ScalarAsync<object>(connectionString, "SELECT coalesce((SELECT query_start FROM pg_stat_activity WHERE pid = @pid), 'epoch'::timestamptz)", ("pid", processId));
        var value = (DateTime)start;
        return value == DateTime.UnixEpoch ? null : value;
    }
}

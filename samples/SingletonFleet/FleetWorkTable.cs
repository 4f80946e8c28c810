using Npgsql;

namespace SingletonFleet;

/// <summary>
/// The table the fleet's singleton writes to, <c>fleet_work</c>, and its fence, <c>fleet_fence</c>: one row
/// holding the highest fencing token any writer has shown. Every write goes through <see cref="TryInsertAsync"/>.
/// </summary>
public sealed class FleetWorkTable(NpgsqlDataSource dataSource)
{
    private const string CreateSql = """
        CREATE TABLE IF NOT EXISTS fleet_fence (
            id integer PRIMARY KEY CHECK (id = 1),
            max_token bigint NOT NULL);
        INSERT INTO fleet_fence (id, max_token) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
        CREATE TABLE IF NOT EXISTS fleet_work (
            id bigserial PRIMARY KEY,
            fencing_token bigint NOT NULL,
            replica text NOT NULL,
            at timestamptz NOT NULL);
        """;

    // The guard, in one statement (one transaction): the UPDATE locks the fence row (FOR UPDATE, held to the
    // commit) and raises the highest token seen only if ours is not lower; the INSERT adds the row only if
    // the UPDATE did. A writer holding a lower token than one already seen (a leader that lost its lease
    // and has not noticed yet) changes nothing. Under READ COMMITTED a writer that waited for the row lock
    // compares against the committed winner's token, and `at` is read while the lock is held, so rows
    // ordered by `at` never show a lower token after a higher one.
    private const string FencedInsertSql = """
        WITH fence AS (
            UPDATE fleet_fence SET max_token = @token
            WHERE id = 1 AND max_token <= @token
            RETURNING max_token)
        INSERT INTO fleet_work (fencing_token, replica, at)
        SELECT @token, @replica, clock_timestamp() FROM fence
        """;

    /// <summary>Creates both tables if missing. Run by the leader only, so replicas never race to create them.</summary>
    public async Task CreateIfMissingAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(CreateSql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Inserts one row <c>(fencing_token, replica, at)</c>, unless a higher fencing token than <paramref name="fencingToken"/> has been seen.</summary>
    /// <returns>Whether the row was written; <see langword="false"/> means this writer is fenced out.</returns>
    public async Task<bool> TryInsertAsync(NpgsqlConnection connection, long fencingToken, string replica, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(FencedInsertSql, connection);
        command.Parameters.AddWithValue("token", fencingToken);
        command.Parameters.AddWithValue("replica", replica);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}

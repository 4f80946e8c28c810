using System.Text.RegularExpressions;

namespace Supervise.Leases.Postgres;

/// <summary>
/// The SQL of the fencing counters: one row per lease name, bumped by the session that holds the
/// lease's advisory lock, so only a holder can ever obtain a token.
/// </summary>
/// <remarks>
/// The table name is checked to be a plain identifier (schema-qualified or not) before it is put into
/// SQL text; lease names always travel as parameters.
/// </remarks>
internal sealed class FencingTableSql
{
    private static readonly Regex PlainTableName = new Regex(
        "^[A-Za-z_][A-Za-z0-9_$]{0,62}(\\.[A-Za-z_][A-Za-z0-9_$]{0,62})?$",
        RegexOptions.CultureInvariant);

    public FencingTableSql(string tableName)
    {
        TableName = tableName;
        Exists = "SELECT to_regclass(@table) IS NOT NULL";

        // Concurrent CREATE TABLE IF NOT EXISTS can still collide in the catalog; replicas starting together take turns.
        Create = $"""
            SELECT pg_advisory_xact_lock(hashtext('supervise-lease-create:' || @table));
            CREATE TABLE IF NOT EXISTS {tableName} (
                name text PRIMARY KEY,
                token bigint NOT NULL,
                acquired_at timestamptz NOT NULL
            );
            """;

        Bump = $"""
            INSERT INTO {tableName} AS fencing (name, token, acquired_at) VALUES (@name, 1, now())
            ON CONFLICT (name) DO UPDATE SET token = fencing.token + 1, acquired_at = now()
            RETURNING fencing.token
            """;
    }

    /// <summary>The table, as configured.</summary>
    public string TableName { get; }

    /// <summary>Whether the table exists; parameter <c>@table</c>.</summary>
    public string Exists { get; }

    /// <summary>Creates the table, one replica at a time; parameter <c>@table</c>; run in a transaction.</summary>
    public string Create { get; }

    /// <summary>Takes the next token of a name (the first is 1); parameter <c>@name</c>; returns the token.</summary>
    public string Bump { get; }

    /// <summary>The durability a bump is committed with, whatever the session's default: a token must not be handed out twice after a crash.</summary>
    public static string DurableCommit => "SET LOCAL synchronous_commit TO on";

    public static bool IsValidTableName(string? tableName) => tableName is not null && PlainTableName.IsMatch(tableName);
}

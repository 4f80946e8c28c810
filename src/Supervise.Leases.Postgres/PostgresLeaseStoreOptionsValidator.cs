using System;
using System.Collections.Generic;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Supervise.Leases.Postgres;

/// <summary>Rejects <see cref="PostgresLeaseStoreOptions"/> that cannot work, with a message naming the setting.</summary>
internal sealed class PostgresLeaseStoreOptionsValidator : IValidateOptions<PostgresLeaseStoreOptions>
{
    private static readonly TimeSpan LongestAcquireTimeout = TimeSpan.FromMilliseconds(int.MaxValue);

    public ValidateOptionsResult Validate(string? name, PostgresLeaseStoreOptions options)
    {
        var problems = FindProblems(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    public static List<string> FindProblems(PostgresLeaseStoreOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            problems.Add("ConnectionString is not set; give the Npgsql connection string of the database that holds the leases, such as \"Host=db;Database=app;Username=app\".");
        }
        else
        {
            try
            {
                _ = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            }
            catch (ArgumentException exception)
            {
                problems.Add($"ConnectionString is not a valid Npgsql connection string: {exception.Message}");
            }
        }

        if (!FencingTableSql.IsValidTableName(options.FencingTable))
        {
            problems.Add($"FencingTable is '{options.FencingTable}'; use an unquoted PostgreSQL identifier (letters, digits, _ and $, not starting with a digit, at most 63 characters), optionally with a schema, such as '{PostgresLeaseStoreOptions.DefaultFencingTable}' or 'ops.lease_fencing'.");
        }

        if (options.LockNamePrefix is null)
        {
            problems.Add("LockNamePrefix is null; use an empty string for no prefix.");
        }

        if (options.AcquireTimeout < TimeSpan.Zero || options.AcquireTimeout > LongestAcquireTimeout)
        {
            problems.Add($"AcquireTimeout is {options.AcquireTimeout}; use zero to try once, or a positive wait of at most {LongestAcquireTimeout}.");
        }

        if (options.KeepaliveInterval <= TimeSpan.Zero || options.KeepaliveInterval > LongestAcquireTimeout)
        {
            problems.Add($"KeepaliveInterval is {options.KeepaliveInterval}; it must be positive and at most {LongestAcquireTimeout}, such as {PostgresLeaseStoreOptions.DefaultKeepaliveInterval}.");
        }

        if (options.KeepaliveTimeout <= TimeSpan.Zero || options.KeepaliveTimeout > TimeSpan.FromSeconds(int.MaxValue))
        {
            problems.Add($"KeepaliveTimeout is {options.KeepaliveTimeout}; it must be positive, such as {PostgresLeaseStoreOptions.DefaultKeepaliveTimeout}.");
        }

        return problems;
    }
}

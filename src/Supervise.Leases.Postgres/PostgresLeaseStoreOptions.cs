using System;

namespace Supervise.Leases.Postgres;

/// <summary>Where and how a <see cref="PostgresLeaseStore"/> keeps its leases.</summary>
public sealed class PostgresLeaseStoreOptions
{
    /// <summary>The default <see cref="FencingTable"/>.</summary>
    public const string DefaultFencingTable = "supervise_lease_fencing";

    /// <summary>The default <see cref="LockNamePrefix"/>.</summary>
    public const string DefaultLockNamePrefix = "supervise-lease:";

    /// <summary>The default <see cref="KeepaliveInterval"/>: 5 seconds.</summary>
    public static readonly TimeSpan DefaultKeepaliveInterval = TimeSpan.FromSeconds(5);

    /// <summary>The default <see cref="KeepaliveTimeout"/>: 5 seconds.</summary>
    public static readonly TimeSpan DefaultKeepaliveTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The Npgsql connection string of the database that holds the leases, the same on every replica.
    /// Required. The store opens its own connections from it, with <c>Multiplexing</c>, <c>Keepalive</c>
    /// and <c>Enlist</c> turned off (a lease needs a session of its own, watched by the store).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The table of fencing counters, one row per lease name: an unquoted identifier, optionally
    /// schema-qualified (<c>ops.lease_fencing</c>). Created on first use when missing.
    /// Default: <c>supervise_lease_fencing</c>.
    /// </summary>
    public string FencingTable { get; set; } = DefaultFencingTable;

    /// <summary>
    /// Put before each lease name to make the advisory-lock key, so leases do not collide with other
    /// advisory locks the application takes in the same database. Default: <c>supervise-lease:</c>.
    /// </summary>
    public string LockNamePrefix { get; set; } = DefaultLockNamePrefix;

    /// <summary>
    /// How long one acquisition waits for a lease that another holder has, before it returns
    /// <see langword="null"/>. Zero (the default) tries once and returns at once; a positive wait keeps a
    /// database session waiting on the lock, so a released lease is taken over within milliseconds.
    /// </summary>
    public TimeSpan AcquireTimeout { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// How often the session holding a lease is checked with a short query when the server has said
    /// nothing. A server that ends the session (terminated backend, restart, shutdown) is noticed at once
    /// without it; the check finds a connection that died silently, as a cut network leaves it.
    /// Default: 5 seconds.
    /// </summary>
    public TimeSpan KeepaliveInterval { get; set; } = DefaultKeepaliveInterval;

    /// <summary>
    /// How long that check may take before the lease is counted lost; whole seconds, rounded up.
    /// Default: 5 seconds.
    /// </summary>
    public TimeSpan KeepaliveTimeout { get; set; } = DefaultKeepaliveTimeout;
}

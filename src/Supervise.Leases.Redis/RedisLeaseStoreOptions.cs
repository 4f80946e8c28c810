using System;

namespace Supervise.Leases.Redis;

/// <summary>Where and how a <see cref="RedisLeaseStore"/> keeps its leases.</summary>
public sealed class RedisLeaseStoreOptions
{
    /// <summary>The default <see cref="KeyPrefix"/>.</summary>
    public const string DefaultKeyPrefix = "supervise:lease:";

    /// <summary>The default <see cref="Expiry"/>: 10 seconds.</summary>
    public static readonly TimeSpan DefaultExpiry = TimeSpan.FromSeconds(10);

    /// <summary>The shortest <see cref="Expiry"/> the lock accepts.</summary>
    public static readonly TimeSpan MinimumExpiry = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The StackExchange.Redis configuration string of the server, such as <c>"redis:6379,password=…"</c>,
    /// the same on every replica. Required unless the store is given a connection of the application's.
    /// The store connects with <c>abortConnect=false</c> (it starts while Redis is down, and reconnects) and
    /// fails commands at once while disconnected, instead of queueing them.
    /// </summary>
    public string? Configuration { get; set; }

    /// <summary>
    /// Put before the keys of each lease: with the default, lease <c>billing</c> is locked by the key
    /// <c>supervise:lease:{billing}:lock</c> and counted by <c>supervise:lease:{billing}:fencing</c> (the
    /// braces keep both in one hash slot, for Redis Cluster). Must not contain braces.
    /// Default: <c>supervise:lease:</c>.
    /// </summary>
    public string KeyPrefix { get; set; } = DefaultKeyPrefix;

    /// <summary>
    /// How long the lock lives unless its holder extends it. The holder extends it while it holds the
    /// lease, so this is how long a lease of a holder that died (without releasing) stays taken.
    /// Default: 10 seconds; at least 100 ms.
    /// </summary>
    public TimeSpan Expiry { get; set; } = DefaultExpiry;

    /// <summary>
    /// How often the holder extends the lock; a failed extension (the lock is gone or another's) loses
    /// the lease. Must be shorter than 90% of <see cref="Expiry"/>. Default (<see langword="null"/>):
    /// DistributedLock.Redis's, a third of 90% of <see cref="Expiry"/> (3 s for 10 s).
    /// </summary>
    public TimeSpan? ExtensionCadence { get; set; }

    /// <summary>
    /// How long one acquisition keeps trying for a lease that another holder has, before it returns
    /// <see langword="null"/>. Zero (the default) tries once and returns at once.
    /// </summary>
    public TimeSpan AcquireTimeout { get; set; } = TimeSpan.Zero;

    /// <summary>The Redis database number; -1 (the default) is the connection's default database.</summary>
    public int Database { get; set; } = -1;

    /// <summary>Set by the registration that hands the store the application's connection, so no configuration string is needed.</summary>
    internal bool UsesApplicationConnection { get; set; }
}

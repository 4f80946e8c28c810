using System;
using System.Threading;

namespace Supervise.Leases;

/// <summary>
/// A held lease, from <see cref="ILeaseStore.TryAcquireAsync"/>. Disposing it releases it, so another
/// replica can take it over at once instead of waiting for a timeout.
/// </summary>
/// <remarks>
/// <para>
/// Holding a lease is a belief about the store, and beliefs can go stale: a process can pause, or lose
/// its connection, and only learn it later. <see cref="Lost"/> tells as soon as this process can know;
/// <see cref="FencingToken"/> lets the resource being written refuse a holder that no longer holds.
/// </para>
/// <para>
/// <see cref="IAsyncDisposable.DisposeAsync"/> never throws and may be called more than once; a lease
/// that cannot be released (the store is gone) is freed by the store itself (closed session, expiry).
/// Releasing does not cancel <see cref="Lost"/>.
/// </para>
/// </remarks>
public interface ILease : IAsyncDisposable
{
    /// <summary>The name the lease was acquired under.</summary>
    string Name { get; }

    /// <summary>
    /// A number that strictly increases with every acquisition of <see cref="Name"/>, across all holders
    /// of the same store: pass it with the writes the lease guards, and have the target reject a write
    /// whose token is lower than one it has already seen.
    /// </summary>
    long FencingToken { get; }

    /// <summary>
    /// Cancelled when the lease is lost without being released: the connection that held it broke, the
    /// store restarted, or the store gave the name to another holder. Never cancelled by a release.
    /// Callbacks registered on it may run on a thread of the store's: keep them short.
    /// </summary>
    CancellationToken Lost { get; }
}

using System.Threading;
using System.Threading.Tasks;

namespace Supervise.Leases;

/// <summary>
/// Hands out named leases: at most one holder of a name at a time across every process that uses the
/// same store (the replicas of a service), each holder with a fencing token higher than any before it.
/// </summary>
/// <remarks>
/// <para>
/// A store only ever tries once: a replica that finds the name taken gets <see langword="null"/> and
/// decides itself when to try again. Leases are not re-entrant: a second acquisition of a name that this
/// same process already holds returns <see langword="null"/> too.
/// </para>
/// <para>
/// Implementations: <see cref="InMemoryLeaseStore"/> (one process; tests), and the
/// <c>Supervise.Leases.Postgres</c> and <c>Supervise.Leases.Redis</c> packages for a fleet.
/// An implementation is safe to call from several threads at once.
/// </para>
/// </remarks>
public interface ILeaseStore
{
    /// <summary>Tries once to take the lease <paramref name="name"/>.</summary>
    /// <param name="name">
    /// The lease's name, the same on every replica, such as <c>"billing-sweeper"</c>: not empty, not only
    /// white space, at most <see cref="LeaseNames.MaxLength"/> characters; compared by ordinal.
    /// </param>
    /// <param name="cancellationToken">Abandons the attempt; nothing is held afterwards.</param>
    /// <returns>
    /// The lease, held until it is disposed or lost; or <see langword="null"/> when another holder has it.
    /// </returns>
    /// <exception cref="System.ArgumentException"><paramref name="name"/> breaks the rules above.</exception>
    /// <exception cref="LeaseStoreException">
    /// The store failed: its server is unreachable, refused the credentials, or answered with an error.
    /// Nothing is held; trying again later may succeed.
    /// </exception>
    /// <exception cref="System.OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<ILease?> TryAcquireAsync(string name, CancellationToken cancellationToken);
}

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Supervise.Leases;

/// <summary>
/// An <see cref="ILeaseStore"/> inside one process: exclusive among everything that shares this instance,
/// with fencing tokens counted from 1 per name. For tests and single-machine use; it cannot coordinate
/// replicas in different processes.
/// </summary>
/// <remarks>
/// The store's failures can be staged: <see cref="Revoke"/> loses one lease as a stolen or expired lock
/// would, and <see cref="BeginOutage"/> loses them all and fails every acquisition, as an unreachable
/// server would, until <see cref="EndOutage"/>. Losses cancel <see cref="ILease.Lost"/> on the calling
/// thread before the method returns, so a test sees their effects at once; if a callback registered on
/// <see cref="ILease.Lost"/> throws, the method throws an <see cref="AggregateException"/> of them
/// after every lease is lost.
/// </remarks>
public sealed class InMemoryLeaseStore : ILeaseStore
{
    // Guards _names and _inOutage; Lost is cancelled only after it is released, so callbacks never run under it.
    private readonly object _gate = new object();
    private readonly Dictionary<string, NameState> _names = new Dictionary<string, NameState>(StringComparer.Ordinal);
    private bool _inOutage;

    /// <inheritdoc />
    public ValueTask<ILease?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        LeaseNames.Validate(name, nameof(name));
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_inOutage)
            {
                throw new LeaseStoreException(name, $"The in-memory lease store is in a staged outage; lease '{name}' cannot be acquired until EndOutage is called.");
            }

            if (!_names.TryGetValue(name, out var state))
            {
                state = new NameState();
                _names.Add(name, state);
            }

            if (state.Holder is not null)
            {
                return new ValueTask<ILease?>((ILease?)null);
            }

            state.LastFencingToken++;
            state.Holder = new Lease(this, name, state.LastFencingToken);
            return new ValueTask<ILease?>(state.Holder);
        }
    }

    /// <summary>Whether some lease on <paramref name="name"/> is held now.</summary>
    /// <param name="name">The lease name.</param>
    /// <returns><see langword="true"/> while a lease on the name is neither released nor lost.</returns>
    public bool IsHeld(string name)
    {
        lock (_gate)
        {
            return _names.TryGetValue(name, out var state) && state.Holder is not null;
        }
    }

    /// <summary>The fencing token of the latest acquisition of <paramref name="name"/>; 0 if it was never acquired.</summary>
    /// <param name="name">The lease name.</param>
    /// <returns>The latest fencing token handed out for the name.</returns>
    public long GetLastFencingToken(string name)
    {
        lock (_gate)
        {
            return _names.TryGetValue(name, out var state) ? state.LastFencingToken : 0;
        }
    }

    /// <summary>
    /// Loses the current lease on <paramref name="name"/>, as a stolen or expired lock would: its
    /// <see cref="ILease.Lost"/> is cancelled and the name is free for the next acquisition.
    /// </summary>
    /// <param name="name">The lease name.</param>
    /// <returns><see langword="true"/> if a lease was held and is now lost; <see langword="false"/> if none was held.</returns>
    public bool Revoke(string name)
    {
        Lease? lost;
        lock (_gate)
        {
            lost = _names.TryGetValue(name, out var state) ? TakeHolder(state) : null;
        }

        lost?.MarkLost();
        return lost is not null;
    }

    /// <summary>
    /// Stages an outage of the store: every held lease is lost (its <see cref="ILease.Lost"/> cancelled),
    /// and every acquisition throws <see cref="LeaseStoreException"/> until <see cref="EndOutage"/>.
    /// Fencing tokens survive the outage, as a durable store's counters do.
    /// </summary>
    public void BeginOutage()
    {
        var lost = new List<Lease>();
        lock (_gate)
        {
            _inOutage = true;
            foreach (var state in _names.Values)
            {
                if (TakeHolder(state) is { } lease)
                {
                    lost.Add(lease);
                }
            }
        }

        var callbackFailures = new List<Exception>();
        foreach (var lease in lost)
        {
            try
            {
                lease.MarkLost();
            }
            catch (AggregateException failures)
            {
                callbackFailures.AddRange(failures.InnerExceptions);
            }
        }

        if (callbackFailures.Count > 0)
        {
            throw new AggregateException(callbackFailures);
        }
    }

    /// <summary>Ends an outage begun by <see cref="BeginOutage"/>: acquisitions work again.</summary>
    public void EndOutage()
    {
        lock (_gate)
        {
            _inOutage = false;
        }
    }

    private static Lease? TakeHolder(NameState state)
    {
        var holder = state.Holder;
        state.Holder = null;
        return holder;
    }

    private void Release(Lease lease)
    {
        lock (_gate)
        {
            // A revoked lease may be released after its name was taken again: only the current holder frees it.
            if (_names.TryGetValue(lease.Name, out var state) && ReferenceEquals(state.Holder, lease))
            {
                state.Holder = null;
            }
        }
    }

    private sealed class NameState
    {
        public Lease? Holder;
        public long LastFencingToken;
    }

    private sealed class Lease : ILease
    {
        private readonly InMemoryLeaseStore _store;
        private readonly CancellationTokenSource _lost = new CancellationTokenSource();
        private int _released;

        public Lease(InMemoryLeaseStore store, string name, long fencingToken)
        {
            _store = store;
            Name = name;
            FencingToken = fencingToken;
        }

        public string Name { get; }

        public long FencingToken { get; }

        public CancellationToken Lost => _lost.Token;

        public void MarkLost()
        {
            if (Volatile.Read(ref _released) == 0)
            {
                _lost.Cancel();
            }
        }

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                _store.Release(this);
            }

            return default;
        }
    }
}

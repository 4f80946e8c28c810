using System;
using Supervise.Leases;

namespace Supervise;

/// <summary>Where a singleton supervisor takes its lease from, and how often it asks again: set together, replaced whole.</summary>
internal sealed class LeaseChoice
{
    public LeaseChoice(ILeaseStore? store, TimeSpan retryInterval)
    {
        Store = store;
        RetryInterval = retryInterval;
    }

    public ILeaseStore? Store { get; }

    public TimeSpan RetryInterval { get; }
}

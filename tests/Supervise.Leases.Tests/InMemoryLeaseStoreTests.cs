using Supervise.Leases.Tests.Contract;

namespace Supervise.Leases.Tests;

/// <summary>The in-memory store: the contract, where every "replica" shares one instance, and its staged failures.</summary>
public sealed class InMemoryLeaseStoreTests : LeaseStoreContract
{
    private readonly InMemoryLeaseStore _store = new();

    protected override ILeaseStore CreateStore() => _store;

    [Fact]
    public async Task Fencing_tokens_count_from_one_per_name()
    {
        var first = await AcquireAsync(_store, "alpha");
        var other = await AcquireAsync(_store, "beta");
        await first.DisposeAsync();
        var second = await AcquireAsync(_store, "alpha");

        Assert.Equal(1, first.FencingToken);
        Assert.Equal(1, other.FencingToken);
        Assert.Equal(2, second.FencingToken);
        Assert.Equal(2, _store.GetLastFencingToken("alpha"));
        Assert.Equal(0, _store.GetLastFencingToken("never"));
    }

    [Fact]
    public async Task Revoke_cancels_Lost_before_it_returns_and_frees_the_name()
    {
        var lease = await AcquireAsync(_store, "revoked");

        Assert.True(_store.Revoke("revoked"));

        Assert.True(lease.Lost.IsCancellationRequested);
        Assert.False(_store.IsHeld("revoked"));
        var next = await AcquireAsync(_store, "revoked");
        Assert.Equal(lease.FencingToken + 1, next.FencingToken);
    }

    [Fact]
    public async Task A_revoked_lease_released_late_does_not_free_its_successor()
    {
        var lease = await AcquireAsync(_store, "late-release");
        _store.Revoke("late-release");
        var successor = await AcquireAsync(_store, "late-release");

        await lease.DisposeAsync();

        Assert.True(_store.IsHeld("late-release"));
        Assert.False(successor.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task Revoke_of_a_name_nobody_holds_changes_nothing()
    {
        var lease = await AcquireAsync(_store, "released");
        await lease.DisposeAsync();

        Assert.False(_store.Revoke("released"));
        Assert.False(_store.Revoke("unknown"));
        Assert.False(lease.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task An_outage_loses_every_lease_and_fails_acquisitions_until_it_ends()
    {
        var one = await AcquireAsync(_store, "one");
        var two = await AcquireAsync(_store, "two");

        _store.BeginOutage();

        Assert.True(one.Lost.IsCancellationRequested);
        Assert.True(two.Lost.IsCancellationRequested);
        var failure = await Assert.ThrowsAsync<LeaseStoreException>(() => _store.TryAcquireAsync("one", CancellationToken.None).AsTask());
        Assert.Equal("one", failure.LeaseName);
        Assert.Contains("outage", failure.Message);

        _store.EndOutage();

        var again = await AcquireAsync(_store, "one");
        Assert.Equal(one.FencingToken + 1, again.FencingToken);
    }

    [Fact]
    public async Task A_throwing_Lost_callback_does_not_stop_the_others_from_running()
    {
        var lease = await AcquireAsync(_store, "callbacks");
        var ran = false;
        lease.Lost.Register(() => ran = true);
        lease.Lost.Register(() => throw new InvalidOperationException("observer bug"));

        Assert.Throws<AggregateException>(() => _store.Revoke("callbacks"));

        Assert.True(ran);
        Assert.False(_store.IsHeld("callbacks"));
    }
}

namespace Supervise.Leases.Tests.Contract;

/// <summary>
/// What every <see cref="ILeaseStore"/> promises, run against each store. A replica is a store instance
/// of its own on the same backing server, as each process of a fleet has.
/// </summary>
public abstract class LeaseStoreContract : IAsyncLifetime
{
    private readonly List<ILeaseStore> _replicas = [];
    private readonly List<ILease> _leases = [];

    /// <summary>A new replica: a store of its own on the shared server (or, in memory, the shared store).</summary>
    protected abstract ILeaseStore CreateStore();

    protected ILeaseStore NewReplica() => Track(CreateStore());

    /// <summary>Disposes <paramref name="store"/> when the test ends, after the leases it still holds.</summary>
    protected T Track<T>(T store)
        where T : ILeaseStore
    {
        _replicas.Add(store);
        return store;
    }

    protected static string UniqueName(string what) => $"{what}-{Guid.NewGuid():N}";

    /// <summary>Acquires and expects success; the lease is released when the test ends, if the test has not.</summary>
    protected async Task<ILease> AcquireAsync(ILeaseStore store, string name)
    {
        var lease = await Within.ResultAsync(store.TryAcquireAsync(name, CancellationToken.None).AsTask(), $"acquiring '{name}'");
        Assert.NotNull(lease);
        _leases.Add(lease);
        return lease;
    }

    protected Task<ILease?> TryAcquireAsync(ILeaseStore store, string name) =>
        Within.ResultAsync(store.TryAcquireAsync(name, CancellationToken.None).AsTask(), $"trying '{name}'");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var lease in _leases)
        {
            await lease.DisposeAsync();
        }

        foreach (var store in _replicas.Distinct())
        {
            if (store is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_second_replica_gets_nothing_while_the_first_holds_the_lease()
    {
        var name = UniqueName("exclusive");
        var first = NewReplica();
        var second = NewReplica();

        var lease = await AcquireAsync(first, name);

        Assert.Null(await TryAcquireAsync(second, name));
        Assert.Equal(name, lease.Name);
        Assert.False(lease.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task The_holder_itself_gets_nothing_for_a_name_it_holds_because_leases_are_not_reentrant()
    {
        var name = UniqueName("reentry");
        var replica = NewReplica();

        await AcquireAsync(replica, name);

        Assert.Null(await TryAcquireAsync(replica, name));
    }

    [Fact]
    public async Task Releasing_lets_another_replica_acquire_at_once()
    {
        var name = UniqueName("handover");
        var first = NewReplica();
        var second = NewReplica();
        var lease = await AcquireAsync(first, name);

        await lease.DisposeAsync();
        var next = await AcquireAsync(second, name);

        Assert.True(next.FencingToken > lease.FencingToken);
    }

    [Fact]
    public async Task Fencing_tokens_strictly_increase_across_acquisitions_and_holders()
    {
        var name = UniqueName("fencing");
        var replicas = new[] { NewReplica(), NewReplica(), NewReplica() };
        var tokens = new List<long>();

        for (var round = 0; round < 9; round++)
        {
            var lease = await AcquireAsync(replicas[round % 3], name);
            tokens.Add(lease.FencingToken);
            await lease.DisposeAsync();
        }

        for (var i = 1; i < tokens.Count; i++)
        {
            Assert.True(tokens[i] > tokens[i - 1], $"token {tokens[i]} after {tokens[i - 1]}: {string.Join(", ", tokens)}");
        }
    }

    [Fact]
    public async Task Of_replicas_racing_for_a_free_name_exactly_one_wins()
    {
        var name = UniqueName("race");
        var replicas = Enumerable.Range(0, 6).Select(_ => NewReplica()).ToArray();

        var attempts = await Task.WhenAll(replicas.Select(replica => Task.Run(() => TryAcquireAsync(replica, name))));
        var winners = attempts.Where(lease => lease is not null).ToArray();
        foreach (var winner in winners)
        {
            await winner!.DisposeAsync();
        }

        Assert.Single(winners);
    }

    [Fact]
    public async Task Leases_on_different_names_do_not_exclude_each_other()
    {
        var replica = NewReplica();
        var other = NewReplica();

        var one = await AcquireAsync(replica, UniqueName("one"));
        var two = await AcquireAsync(other, UniqueName("two"));

        Assert.NotEqual(one.Name, two.Name);
    }

    [Fact]
    public async Task Releasing_twice_is_harmless_and_never_frees_the_next_holders_lease()
    {
        var name = UniqueName("double-release");
        var first = NewReplica();
        var second = NewReplica();
        var lease = await AcquireAsync(first, name);
        await lease.DisposeAsync();
        var next = await AcquireAsync(second, name);

        await lease.DisposeAsync();

        Assert.Null(await TryAcquireAsync(first, name));
        Assert.False(next.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task Releasing_does_not_cancel_Lost()
    {
        var lease = await AcquireAsync(NewReplica(), UniqueName("quiet-release"));

        await lease.DisposeAsync();

        Assert.False(lease.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task A_cancelled_attempt_throws_and_holds_nothing()
    {
        var name = UniqueName("cancelled");
        var replica = NewReplica();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => replica.TryAcquireAsync(name, cancelled.Token).AsTask());

        await AcquireAsync(NewReplica(), name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    public async Task A_blank_name_is_rejected_before_the_store_is_asked(string name)
    {
        var exception = await Assert.ThrowsAsync<ArgumentException>(() => NewReplica().TryAcquireAsync(name, CancellationToken.None).AsTask());

        Assert.Equal("name", exception.ParamName);
        Assert.Contains("empty", exception.Message);
    }

    [Fact]
    public async Task A_null_name_is_rejected()
    {
        var exception = await Assert.ThrowsAsync<ArgumentNullException>(() => NewReplica().TryAcquireAsync(null!, CancellationToken.None).AsTask());

        Assert.Equal("name", exception.ParamName);
    }

    [Fact]
    public async Task A_name_longer_than_the_limit_is_rejected_and_one_at_the_limit_is_taken()
    {
        var replica = NewReplica();
        var longest = new string('n', LeaseNames.MaxLength - 32) + Guid.NewGuid().ToString("N");

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => replica.TryAcquireAsync(longest + "x", CancellationToken.None).AsTask());
        var lease = await AcquireAsync(replica, longest);

        Assert.Contains($"at most {LeaseNames.MaxLength}", exception.Message);
        Assert.Equal(longest, lease.Name);
    }
}

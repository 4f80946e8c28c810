using System.Diagnostics;
using StackExchange.Redis;
using Supervise.Leases.Redis;
using Supervise.Leases.Tests.Contract;

namespace Supervise.Leases.Tests;

/// <summary>The Redis store against a real redis-server: the contract, then what only a real server shows.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisLeaseStoreTests(RedisFixture redis, ITestOutputHelper output) : LeaseStoreContract, IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _admin = new(() => ConnectionMultiplexer.Connect(redis.Configuration + ",allowAdmin=true"));

    protected override ILeaseStore CreateStore() => new RedisLeaseStore(new RedisLeaseStoreOptions { Configuration = redis.Configuration });

    private RedisLeaseStore NewReplica(Action<RedisLeaseStoreOptions> configure)
    {
        var options = new RedisLeaseStoreOptions { Configuration = redis.Configuration };
        configure(options);
        return Track(new RedisLeaseStore(options));
    }

    private IDatabase Admin => _admin.Value.GetDatabase();

    private static RedisKey LockKey(string name) => $"{RedisLeaseStoreOptions.DefaultKeyPrefix}{{{name}}}:lock";

    public void Dispose()
    {
        if (_admin.IsValueCreated)
        {
            _admin.Value.Dispose();
        }
    }

    [Fact]
    public async Task Killing_the_holders_client_connection_cancels_Lost_at_once()
    {
        var name = UniqueName("client-killed");
        var clientName = UniqueName("holder");
        var holder = NewReplica(options => options.Configuration = $"{redis.Configuration},name={clientName}");
        var lease = await AcquireAsync(holder, name);
        var server = _admin.Value.GetServer(_admin.Value.GetEndPoints()[0]);
        var holderClients = (await server.ClientListAsync()).Where(client => client.Name == clientName).ToArray();
        Assert.NotEmpty(holderClients);

        var clock = Stopwatch.StartNew();
        foreach (var client in holderClients)
        {
            await server.ClientKillAsync(client.Id);
        }

        await Within.CancelledAsync(lease.Lost, "Lost after CLIENT KILL");
        output.WriteLine($"CLIENT KILL to Lost: {clock.Elapsed.TotalMilliseconds:0.0} ms");
    }

    [Fact]
    public async Task After_a_connection_failure_the_lock_stays_taken_until_the_lost_holder_releases_it()
    {
        var name = UniqueName("kept-after-kill");
        var clientName = UniqueName("holder");
        var holder = NewReplica(options => options.Configuration = $"{redis.Configuration},name={clientName}");
        var standby = NewReplica();
        var lease = await AcquireAsync(holder, name);
        var server = _admin.Value.GetServer(_admin.Value.GetEndPoints()[0]);
        foreach (var client in (await server.ClientListAsync()).Where(client => client.Name == clientName))
        {
            await server.ClientKillAsync(client.Id);
        }

        await Within.CancelledAsync(lease.Lost, "Lost after CLIENT KILL");

        Assert.Null(await TryAcquireAsync(standby, name));
        await Within.PollAsync(async () => (await server.ClientListAsync()).Any(client => client.Name == clientName), "the holder reconnecting");
        await lease.DisposeAsync();
        var next = await AcquireAsync(standby, name);
        Assert.True(next.FencingToken > lease.FencingToken);
    }

    [Fact]
    public async Task Deleting_the_lock_key_loses_the_lease_at_the_next_extension()
    {
        var name = UniqueName("stolen");
        var holder = NewReplica(options => options.Expiry = TimeSpan.FromSeconds(1));
        var lease = await AcquireAsync(holder, name);

        var clock = Stopwatch.StartNew();
        Assert.True(await Admin.KeyDeleteAsync(LockKey(name)));

        await Within.CancelledAsync(lease.Lost, "Lost after the lock key was deleted");
        output.WriteLine($"lock key deleted to Lost (extension every 300 ms): {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task A_holder_cut_off_from_Redis_counts_its_lease_lost_before_the_lock_can_expire()
    {
        var name = UniqueName("partitioned");
        var server = _admin.Value.GetEndPoints()[0] as System.Net.IPEndPoint ?? throw new InvalidOperationException("expected an IP end point");
        await using var network = new FreezingProxy(server.Port);
        var holder = NewReplica(options =>
        {
            options.Configuration = $"127.0.0.1:{network.Port}";
            options.Expiry = TimeSpan.FromSeconds(3);   // the tenth kept back, 300 ms at most, leaves room to look at the lock
        });
        var lease = await AcquireAsync(holder, name);

        network.Freeze();
        var lostAfter = await Within.CancelledAsync(lease.Lost, "Lost after the network went silent");
        var lockTimeToLive = await Admin.KeyTimeToLiveAsync(LockKey(name));
        output.WriteLine($"network frozen to Lost (expiry 3 s): {lostAfter.TotalMilliseconds:0} ms; the lock still had {lockTimeToLive?.TotalMilliseconds:0} ms");

        Assert.NotNull(lockTimeToLive);
        await Within.PollAsync(async () => !await Admin.KeyExistsAsync(LockKey(name)), "the cut-off holder's lock expiring");
        await AcquireAsync(NewReplica(), name);
    }

    [Fact]
    public async Task A_held_lease_outlives_its_expiry_because_its_holder_extends_it()
    {
        var name = UniqueName("extended");
        var expiry = TimeSpan.FromMilliseconds(600);
        var holder = NewReplica(options => options.Expiry = expiry);
        var lease = await AcquireAsync(holder, name);

        // Each extension resets the key's time to live: wait until that has happened three times.
        var extensions = 0;
        var lastTimeToLive = await Admin.KeyTimeToLiveAsync(LockKey(name));
        await Within.PollAsync(async () =>
        {
            var timeToLive = await Admin.KeyTimeToLiveAsync(LockKey(name));
            Assert.NotNull(timeToLive);
            if (timeToLive > lastTimeToLive)
            {
                extensions++;
            }

            lastTimeToLive = timeToLive;
            return extensions >= 3;
        }, "three extensions of the lock");

        Assert.False(lease.Lost.IsCancellationRequested);
        Assert.Null(await TryAcquireAsync(NewReplica(), name));
    }

    [Fact]
    public async Task A_lease_whose_holder_vanished_without_releasing_is_free_after_the_expiry()
    {
        var name = UniqueName("abandoned");
        var expiry = TimeSpan.FromMilliseconds(300);

        // The lock as a crashed holder leaves it: set, and never extended again.
        await Admin.StringSetAsync(LockKey(name), "crashed-holder", expiry);
        var replica = NewReplica(options => options.Expiry = expiry);
        Assert.Null(await TryAcquireAsync(replica, name));

        await Within.PollAsync(async () => !await Admin.KeyExistsAsync(LockKey(name)), "the abandoned lock expiring");
        await AcquireAsync(replica, name);
    }

    [Fact]
    public async Task Fencing_tokens_start_from_the_servers_clock_and_go_up_by_one()
    {
        var name = UniqueName("clock-seeded");
        var replica = NewReplica();
        var serverTime = (await _admin.Value.GetServer(_admin.Value.GetEndPoints()[0]).TimeAsync()).ToUniversalTime();
        var microsecondsBefore = (serverTime - DateTime.UnixEpoch).Ticks / 10 - 1_000_000;

        var first = await AcquireAsync(replica, name);
        await first.DisposeAsync();
        var second = await AcquireAsync(replica, name);

        Assert.True(first.FencingToken > microsecondsBefore, $"{first.FencingToken} is not after the server's clock ({microsecondsBefore} µs)");
        Assert.Equal(first.FencingToken + 1, second.FencingToken);
    }

    [Fact]
    public async Task With_an_acquire_timeout_a_waiting_replica_takes_a_released_lease()
    {
        var name = UniqueName("waiting");
        var holder = NewReplica();
        var waiter = NewReplica(options => options.AcquireTimeout = TimeSpan.FromSeconds(10));
        var lease = await AcquireAsync(holder, name);

        var waiting = waiter.TryAcquireAsync(name, CancellationToken.None).AsTask();
        Assert.False(waiting.IsCompleted);
        var clock = Stopwatch.StartNew();
        await lease.DisposeAsync();
        var taken = await Within.ResultAsync(waiting, "the waiting acquisition");
        output.WriteLine($"release to waiting replica holding the lease: {clock.Elapsed.TotalMilliseconds:0} ms");

        Assert.NotNull(taken);
        Assert.True(taken.FencingToken > lease.FencingToken);
        await taken.DisposeAsync();
    }

    [Fact]
    public async Task Disposing_the_store_releases_the_leases_it_holds()
    {
        var name = UniqueName("store-disposed");
        var holder = new RedisLeaseStore(new RedisLeaseStoreOptions { Configuration = redis.Configuration });
        await holder.TryAcquireAsync(name, CancellationToken.None);

        await holder.DisposeAsync();

        await AcquireAsync(NewReplica(), name);
    }

    [Fact]
    public async Task A_store_on_the_applications_connection_works_and_leaves_it_open()
    {
        var name = UniqueName("shared-connection");
        using var application = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var store = new RedisLeaseStore(application, new RedisLeaseStoreOptions());

        var lease = await store.TryAcquireAsync(name, CancellationToken.None);
        Assert.NotNull(lease);
        await store.DisposeAsync();

        Assert.True(application.IsConnected);
        Assert.False(await application.GetDatabase().KeyExistsAsync(LockKey(name)));
    }

    [Fact]
    public async Task An_unreachable_server_is_a_store_failure_that_names_the_server_and_the_lease()
    {
        var port = FreePort.Next();
        var store = Track(new RedisLeaseStore(new RedisLeaseStoreOptions { Configuration = $"127.0.0.1:{port},connectTimeout=1000" }));

        var clock = Stopwatch.StartNew();
        var failure = await Assert.ThrowsAsync<LeaseStoreException>(() => store.TryAcquireAsync("unreachable", CancellationToken.None).AsTask());
        output.WriteLine($"refused connection to LeaseStoreException: {clock.Elapsed.TotalMilliseconds:0} ms: {failure.Message}");

        Assert.Equal("unreachable", failure.LeaseName);
        Assert.Contains($"127.0.0.1:{port}", failure.Message);
        Assert.Contains("'unreachable'", failure.Message);
        Assert.IsAssignableFrom<RedisException>(failure.InnerException);
    }

    [Fact]
    public void Invalid_options_are_rejected_with_a_message_per_problem()
    {
        var exception = Assert.Throws<ArgumentException>(() => new RedisLeaseStore(new RedisLeaseStoreOptions
        {
            KeyPrefix = "app:{shard}:",
            Expiry = TimeSpan.FromMilliseconds(50),
            AcquireTimeout = TimeSpan.FromSeconds(-1),
        }));

        Assert.Contains("Configuration is not set", exception.Message);
        Assert.Contains("KeyPrefix is 'app:{shard}:'", exception.Message);
        Assert.Contains("Expiry is", exception.Message);
        Assert.Contains("AcquireTimeout", exception.Message);
    }

    [Fact]
    public void An_extension_cadence_as_long_as_the_lock_lives_is_rejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => new RedisLeaseStore(new RedisLeaseStoreOptions
        {
            Configuration = redis.Configuration,
            Expiry = TimeSpan.FromSeconds(1),
            ExtensionCadence = TimeSpan.FromSeconds(1),
        }));

        Assert.Contains("ExtensionCadence is 00:00:01", exception.Message);
    }
}

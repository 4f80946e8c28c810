using System.Diagnostics;
using Supervise.Leases.Redis;

namespace Supervise.Leases.Tests;

/// <summary>The Redis store when its server dies: a redis-server of the test's own, killed and started again.</summary>
public sealed class RedisServerLossTests(ITestOutputHelper output) : IAsyncLifetime
{
    private RedisServer _server = null!;
    private RedisLeaseStore _holder = null!;
    private RedisLeaseStore _standby = null!;

    public async Task InitializeAsync()
    {
        _server = await RedisServer.StartAsync();
        _holder = new RedisLeaseStore(new RedisLeaseStoreOptions { Configuration = _server.Configuration });
        _standby = new RedisLeaseStore(new RedisLeaseStoreOptions { Configuration = _server.Configuration });
    }

    public async Task DisposeAsync()
    {
        await _holder.DisposeAsync();
        await _standby.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_dead_server_loses_the_lease_at_once_fails_acquisitions_and_after_it_returns_empty_tokens_still_go_up()
    {
        var lease = await _holder.TryAcquireAsync("crashed", CancellationToken.None);
        Assert.NotNull(lease);
        await using (var warmUp = await _standby.TryAcquireAsync("standby-connected", CancellationToken.None))
        {
            Assert.NotNull(warmUp);   // the standby is connected too, as a running replica is
        }

        var clock = Stopwatch.StartNew();
        await _server.KillAsync();
        await Within.CancelledAsync(lease.Lost, "Lost after the server was killed");
        output.WriteLine($"redis-server killed to Lost: {clock.Elapsed.TotalMilliseconds:0.0} ms");

        var failure = await Assert.ThrowsAsync<LeaseStoreException>(() => _standby.TryAcquireAsync("crashed", CancellationToken.None).AsTask());
        Assert.Contains("'crashed'", failure.Message);

        // Started again without its data: the lock and the counter are gone.
        await _server.StartAgainAsync();
        var sinceRestart = Stopwatch.StartNew();
        ILease? next = null;
        await Within.PollAsync(async () =>
        {
            try
            {
                next = await _standby.TryAcquireAsync("crashed", CancellationToken.None);
                return next is not null;
            }
            catch (LeaseStoreException)
            {
                return false;   // not reconnected yet
            }
        }, "an acquisition after the server came back");
        output.WriteLine($"redis-server started again to the first lease: {sinceRestart.Elapsed.TotalMilliseconds:0} ms");

        Assert.True(next!.FencingToken > lease.FencingToken, $"{next.FencingToken} after {lease.FencingToken}");
        await lease.DisposeAsync();
        await next.DisposeAsync();
    }
}

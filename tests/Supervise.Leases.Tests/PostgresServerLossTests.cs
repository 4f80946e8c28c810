using System.Diagnostics;
using Supervise.Leases.Postgres;

namespace Supervise.Leases.Tests;

/// <summary>
/// The PostgreSQL store when its server goes away: each test runs a server of its own, since it restarts
/// or stops it.
/// </summary>
public sealed class PostgresServerLossTests(ITestOutputHelper output) : IAsyncLifetime
{
    private PostgresServer _server = null!;
    private PostgresLeaseStore _holder = null!;
    private PostgresLeaseStore _standby = null!;

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        _holder = new PostgresLeaseStore(new PostgresLeaseStoreOptions { ConnectionString = _server.ConnectionString });
        _standby = new PostgresLeaseStore(new PostgresLeaseStoreOptions { ConnectionString = _server.ConnectionString });
    }

    public async Task DisposeAsync()
    {
        await _holder.DisposeAsync();
        await _standby.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_server_restart_loses_the_lease_at_once_and_the_counter_survives_it()
    {
        var lease = await _holder.TryAcquireAsync("restarted", CancellationToken.None);
        Assert.NotNull(lease);

        var clock = Stopwatch.StartNew();
        var restart = _server.RestartAsync();
        var lostAfter = await Within.CancelledAsync(lease.Lost, "Lost after the server restart began");
        output.WriteLine($"pg_ctl restart -m fast to Lost: {lostAfter.TotalMilliseconds:0.0} ms");
        await restart;
        await lease.DisposeAsync();

        var next = await _standby.TryAcquireAsync("restarted", CancellationToken.None);
        Assert.NotNull(next);
        Assert.Equal(lease.FencingToken + 1, next.FencingToken);
        await next.DisposeAsync();
    }

    [Fact]
    public async Task While_the_server_is_down_acquisitions_fail_and_afterwards_they_work_again()
    {
        var lease = await _holder.TryAcquireAsync("stopped", CancellationToken.None);
        Assert.NotNull(lease);

        var stop = _server.StopAsync();
        var lostAfter = await Within.CancelledAsync(lease.Lost, "Lost after the server stop began");
        output.WriteLine($"pg_ctl stop -m fast to Lost: {lostAfter.TotalMilliseconds:0.0} ms");
        await stop;

        var failure = await Assert.ThrowsAsync<LeaseStoreException>(() => _standby.TryAcquireAsync("stopped", CancellationToken.None).AsTask());
        Assert.Contains($"127.0.0.1:{_server.Port}", failure.Message);

        await _server.StartAgainAsync();
        var next = await _standby.TryAcquireAsync("stopped", CancellationToken.None);
        Assert.NotNull(next);
        Assert.True(next.FencingToken > lease.FencingToken);
        await lease.DisposeAsync();
        await next.DisposeAsync();
    }
}

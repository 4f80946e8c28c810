using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Supervise.Hosting.Tests.Support;
using Supervise.Hosting.Tests.Workers;
using Supervise.Leases;

namespace Supervise.Hosting.Tests;

public sealed class SingletonHostingTests
{
    private const string Lease = "billing-sweeper";
    private readonly TestClock _clock = new();
    private readonly WorkerScript _script = new();
    private readonly InMemoryLeaseStore _store = new();

    [Fact]
    public async Task A_singleton_without_a_lease_store_fails_the_host_start_naming_the_worker_its_lease_and_what_to_add()
    {
        using var host = Build(configureLeases: null);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("'BillingSweeper.Sweep'", failure.Message);
        Assert.Contains("lease 'billing-sweeper'", failure.Message);
        Assert.Contains("builder.Services.AddSuperviseLeases().UsePostgres(connectionString)", failure.Message);
        Assert.Equal(0, _script.RunCount);
    }

    [Fact]
    public async Task A_hosted_singleton_takes_its_lease_from_the_registered_store_and_runs_with_its_fencing_token()
    {
        using var host = Build(leases => leases.UseStore(_ => _store));

        await host.StartAsync();
        var run = await _script.NextRunAsync();

        Assert.True(_store.IsHeld(Lease));
        Assert.Equal([1L], Sweeper(host).FencingTokens);
        Assert.False(run.StoppingToken.IsCancellationRequested);
        await host.StopAsync();
        Assert.False(_store.IsHeld(Lease));
    }

    [Fact]
    public async Task The_leader_s_health_entry_is_healthy_and_says_leader_its_lease_and_its_fencing_token()
    {
        using var host = Build(leases => leases.UseStore(_ => _store));
        await host.StartAsync();
        await _script.NextRunAsync();

        var entry = await host.HealthOfAsync("BillingSweeper.Sweep");

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal(SupervisorHealthData.LeaderRole, entry.Data[SupervisorHealthData.Role]);
        Assert.Equal(Lease, entry.Data[SupervisorHealthData.Lease]);
        Assert.Equal(1L, entry.Data[SupervisorHealthData.FencingToken]);
        Assert.Equal("Running as the leader of lease 'billing-sweeper' with fencing token 1 (0 restarts so far).", entry.Description);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_standby_is_healthy_says_standby_and_has_no_fencing_token()
    {
        await using var otherReplica = await _store.TryAcquireAsync(Lease, CancellationToken.None);
        using var host = Build(leases => leases.UseStore(_ => _store));
        var states = new StateRecorder(Supervisor(host));
        await host.StartAsync();
        await states.WaitForAsync(SupervisorState.WaitingForLease);

        var entry = await host.HealthOfAsync("BillingSweeper.Sweep");

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal("WaitingForLease", entry.Data[SupervisorHealthData.State]);
        Assert.Equal(SupervisorHealthData.StandbyRole, entry.Data[SupervisorHealthData.Role]);
        Assert.Equal(Lease, entry.Data[SupervisorHealthData.Lease]);
        Assert.False(entry.Data.ContainsKey(SupervisorHealthData.FencingToken));
        Assert.Equal("Standby: another replica holds lease 'billing-sweeper'; asking for it again every 500 ms.", entry.Description);
        Assert.False(Supervisor(host).IsLeader);
        await host.StopAsync();
    }

    [Fact]
    public async Task The_retry_interval_of_the_lease_options_is_how_often_a_standby_asks_and_it_takes_over_with_the_next_token()
    {
        var otherReplica = await _store.TryAcquireAsync(Lease, CancellationToken.None);
        var retryInterval = TimeSpan.FromSeconds(3);
        using var host = Build(leases => leases.UseStore(_ => _store), options => options.RetryInterval = retryInterval);
        await host.StartAsync();
        await _clock.TimerCreatedAsync(retryInterval);
        Assert.Equal(retryInterval, Supervisor(host).LeaseRetryInterval);

        await otherReplica!.DisposeAsync();
        _clock.Advance(retryInterval);
        await _script.NextRunAsync();

        Assert.Equal([2L], Sweeper(host).FencingTokens);
        Assert.Equal(2L, Supervisor(host).FencingToken);
        Assert.True(Supervisor(host).IsLeader);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_store_set_on_the_supervisor_before_the_host_starts_is_kept()
    {
        var own = new InMemoryLeaseStore();
        using var host = Build(leases => leases.UseStore(_ => _store));
        Supervisor(host).LeaseStore = own;

        await host.StartAsync();
        await _script.NextRunAsync();

        Assert.True(own.IsHeld(Lease));
        Assert.False(_store.IsHeld(Lease));
        await host.StopAsync();
    }

    [Fact]
    public async Task The_status_snapshot_shows_the_lease_and_the_leader_s_fencing_token_and_none_after_the_lease_is_lost()
    {
        using var host = Build(leases => leases.UseStore(_ => _store));
        await host.StartAsync();
        var run = await _script.NextRunAsync();
        var status = host.Services.GetRequiredService<SupervisedWorkersStatus>();

        var leading = Assert.Single(status.Snapshot().Workers);
        _store.BeginOutage();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.Task);
        var lost = Assert.Single(status.Snapshot().Workers);

        Assert.Equal(Lease, leading.Lease);
        Assert.Equal(1L, leading.FencingToken);
        Assert.Equal(Lease, lost.Lease);
        Assert.Null(lost.FencingToken);
        _store.EndOutage();
        await host.StopAsync();
    }

    private static BillingSweeper Sweeper(IHost host) => host.Services.GetRequiredService<BillingSweeper>();

    private static Supervisor Supervisor(IHost host) => Sweeper(host).SweepSupervisor;

    private IHost Build(Action<SuperviseLeasesBuilder>? configureLeases, Action<SuperviseLeasesOptions>? configureOptions = null)
    {
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(_script).AddSingleton<BillingSweeper>().AddSupervisedWorkers<BillingSweeper>();
        builder.Services.AddHealthChecks().AddSupervisedWorkers();
        if (configureLeases is not null)
        {
            configureLeases(builder.Services.AddSuperviseLeases(configureOptions));
        }

        return builder.Build();
    }
}

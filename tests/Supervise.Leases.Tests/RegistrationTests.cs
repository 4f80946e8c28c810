using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Supervise.Hosting;
using Supervise.Leases.Postgres;
using Supervise.Leases.Redis;

namespace Supervise.Leases.Tests;

/// <summary>AddSuperviseLeases and the store choices, in a real Generic Host.</summary>
public sealed class RegistrationTests
{
    private static IHost Build(Action<IServiceCollection> configure)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        configure(builder.Services);
        return builder.Build();
    }

    [Fact]
    public void UseInMemory_makes_an_in_memory_store_the_hosts_one_store()
    {
        using var host = Build(services => services.AddSuperviseLeases().UseInMemory());

        var store = host.Services.GetRequiredService<ILeaseStore>();

        Assert.IsType<InMemoryLeaseStore>(store);
        Assert.Same(store, host.Services.GetRequiredService<ILeaseStore>());
    }

    [Fact]
    public void The_last_store_chosen_wins()
    {
        using var host = Build(services =>
        {
            services.AddSuperviseLeases().UsePostgres("Host=127.0.0.1;Username=app");
            services.AddSuperviseLeases().UseInMemory();
        });

        Assert.IsType<InMemoryLeaseStore>(host.Services.GetRequiredService<ILeaseStore>());
        Assert.Single(host.Services.GetServices<ILeaseStore>());
    }

    [Fact]
    public void Without_a_choice_no_store_is_registered()
    {
        using var host = Build(services => services.AddSuperviseLeases());

        Assert.Null(host.Services.GetService<ILeaseStore>());
    }

    [Fact]
    public void The_retry_interval_defaults_to_half_a_second_and_can_be_set()
    {
        using var defaults = Build(services => services.AddSuperviseLeases());
        using var configured = Build(services => services.AddSuperviseLeases(options => options.RetryInterval = TimeSpan.FromSeconds(2)));

        Assert.Equal(TimeSpan.FromMilliseconds(500), defaults.Services.GetRequiredService<IOptions<SuperviseLeasesOptions>>().Value.RetryInterval);
        Assert.Equal(TimeSpan.FromSeconds(2), configured.Services.GetRequiredService<IOptions<SuperviseLeasesOptions>>().Value.RetryInterval);
    }

    [Fact]
    public async Task A_retry_interval_that_would_hammer_the_store_fails_the_host_start()
    {
        using var host = Build(services => services.AddSuperviseLeases(options => options.RetryInterval = TimeSpan.Zero).UseInMemory());

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("RetryInterval is 00:00:00; it must be at least 10 ms", failure.Message);
    }

    [Fact]
    public async Task Invalid_postgres_options_fail_the_host_start_naming_each_setting()
    {
        using var host = Build(services => services.AddSuperviseLeases().UsePostgres(options =>
        {
            options.FencingTable = "bad table";
            options.KeepaliveTimeout = TimeSpan.Zero;
        }));

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ConnectionString is not set", failure.Message);
        Assert.Contains("FencingTable is 'bad table'", failure.Message);
        Assert.Contains("KeepaliveTimeout", failure.Message);
    }

    [Fact]
    public async Task Invalid_redis_options_fail_the_host_start_naming_each_setting()
    {
        using var host = Build(services => services.AddSuperviseLeases().UseRedis("127.0.0.1:6379", options => options.Expiry = TimeSpan.FromMilliseconds(1)));

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Expiry is 00:00:00.0010000", failure.Message);
    }

    [Fact]
    public async Task A_redis_store_on_the_applications_connection_needs_no_configuration_string()
    {
        using var host = Build(services => services.AddSuperviseLeases().UseRedis(_ => throw new InvalidOperationException("not resolved at start")));

        await host.StartAsync();
        await host.StopAsync();
    }

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresFixture postgres)
    {
        [Fact]
        public async Task UsePostgres_gives_a_working_store_whose_leases_are_released_when_the_host_is_disposed()
        {
            var name = $"hosted-{Guid.NewGuid():N}";
            var host = Build(services => services.AddSuperviseLeases().UsePostgres(postgres.ConnectionString, options => options.LockNamePrefix = "hosted:"));
            await host.StartAsync();
            var store = Assert.IsType<PostgresLeaseStore>(host.Services.GetRequiredService<ILeaseStore>());
            Assert.NotNull(await store.TryAcquireAsync(name, CancellationToken.None));

            await host.StopAsync();
            await ((IAsyncDisposable)host).DisposeAsync();

            await using var replica = new PostgresLeaseStore(new PostgresLeaseStoreOptions { ConnectionString = postgres.ConnectionString, LockNamePrefix = "hosted:" });
            var lease = await replica.TryAcquireAsync(name, CancellationToken.None);
            Assert.NotNull(lease);
            await lease.DisposeAsync();
        }
    }

    [Collection(RedisCollection.Name)]
    public sealed class OnRedis(RedisFixture redis)
    {
        [Fact]
        public async Task UseRedis_gives_a_working_store_whose_leases_are_released_when_the_host_is_disposed()
        {
            var name = $"hosted-{Guid.NewGuid():N}";
            var host = Build(services => services.AddSuperviseLeases().UseRedis(redis.Configuration));
            await host.StartAsync();
            var store = Assert.IsType<RedisLeaseStore>(host.Services.GetRequiredService<ILeaseStore>());
            Assert.NotNull(await store.TryAcquireAsync(name, CancellationToken.None));

            await host.StopAsync();
            await ((IAsyncDisposable)host).DisposeAsync();

            await using var replica = new RedisLeaseStore(new RedisLeaseStoreOptions { Configuration = redis.Configuration });
            var lease = await replica.TryAcquireAsync(name, CancellationToken.None);
            Assert.NotNull(lease);
            await lease.DisposeAsync();
        }
    }
}

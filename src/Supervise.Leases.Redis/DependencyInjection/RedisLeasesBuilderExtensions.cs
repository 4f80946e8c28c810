using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Supervise.Hosting;
using Supervise.Leases.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Chooses Redis as the host's lease store.</summary>
public static class RedisLeasesBuilderExtensions
{
    /// <summary>
    /// Holds the host's leases in the Redis of <paramref name="configuration"/>, as locks kept alive by
    /// extension, with a fencing counter per name (see <see cref="RedisLeaseStore"/>). The store opens its
    /// own connection, and closes it when the host is disposed.
    /// </summary>
    /// <param name="builder">The builder from <c>AddSuperviseLeases()</c>.</param>
    /// <param name="configuration">The StackExchange.Redis configuration string, such as <c>"redis:6379"</c>.</param>
    /// <param name="configure">Sets the other <see cref="RedisLeaseStoreOptions"/>, if any.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="OptionsValidationException">Thrown when the host starts if the options are invalid, with a message per problem.</exception>
    /// <example>
    /// <code>
    /// builder.Services.AddSuperviseLeases().UseRedis("redis:6379", options => options.Expiry = TimeSpan.FromSeconds(5));
    /// </code>
    /// </example>
    public static SuperviseLeasesBuilder UseRedis(this SuperviseLeasesBuilder builder, string configuration, Action<RedisLeaseStoreOptions>? configure = null)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        return builder.UseRedis(options =>
        {
            options.Configuration = configuration;
            configure?.Invoke(options);
        });
    }

    /// <summary>
    /// Holds the host's leases in Redis, with every setting, the configuration string included, from
    /// <paramref name="configure"/>; the options can also be bound to configuration with
    /// <c>services.Configure&lt;RedisLeaseStoreOptions&gt;(section)</c>.
    /// </summary>
    /// <param name="builder">The builder from <c>AddSuperviseLeases()</c>.</param>
    /// <param name="configure">Sets the <see cref="RedisLeaseStoreOptions"/>; runs when the store is first needed.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="OptionsValidationException">Thrown when the host starts if the options are invalid, with a message per problem.</exception>
    public static SuperviseLeasesBuilder UseRedis(this SuperviseLeasesBuilder builder, Action<RedisLeaseStoreOptions> configure)
    {
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        AddOptions(builder, configure, usesApplicationConnection: false);
        return builder.UseStore(static provider => new RedisLeaseStore(
            provider.GetRequiredService<IOptions<RedisLeaseStoreOptions>>().Value,
            provider.GetService<ILoggerFactory>()));
    }

    /// <summary>
    /// Holds the host's leases in Redis through a connection of the application's, such as the one it
    /// registered for its cache; the connection stays the application's, and is not closed by the store.
    /// </summary>
    /// <param name="builder">The builder from <c>AddSuperviseLeases()</c>.</param>
    /// <param name="getConnection">Returns the application's connection, once, when the store is first needed.</param>
    /// <param name="configure">Sets the other <see cref="RedisLeaseStoreOptions"/>, if any; the configuration string is not used.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <example>
    /// <code>
    /// builder.Services.AddSingleton&lt;IConnectionMultiplexer&gt;(_ => ConnectionMultiplexer.Connect("redis:6379"));
    /// builder.Services.AddSuperviseLeases().UseRedis(provider => provider.GetRequiredService&lt;IConnectionMultiplexer&gt;());
    /// </code>
    /// </example>
    public static SuperviseLeasesBuilder UseRedis(this SuperviseLeasesBuilder builder, Func<IServiceProvider, IConnectionMultiplexer> getConnection, Action<RedisLeaseStoreOptions>? configure = null)
    {
        if (getConnection is null)
        {
            throw new ArgumentNullException(nameof(getConnection));
        }

        AddOptions(builder, configure ?? (static _ => { }), usesApplicationConnection: true);
        return builder.UseStore(provider => new RedisLeaseStore(
            getConnection(provider),
            provider.GetRequiredService<IOptions<RedisLeaseStoreOptions>>().Value,
            provider.GetService<ILoggerFactory>()));
    }

    private static void AddOptions(SuperviseLeasesBuilder builder, Action<RedisLeaseStoreOptions> configure, bool usesApplicationConnection)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        builder.Services.AddOptions<RedisLeaseStoreOptions>()
            .Configure(options =>
            {
                options.UsesApplicationConnection = usesApplicationConnection;
                configure(options);
            })
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedisLeaseStoreOptions>, RedisLeaseStoreOptionsValidator>());
    }
}

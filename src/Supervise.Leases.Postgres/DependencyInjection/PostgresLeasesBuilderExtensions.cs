using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Supervise.Hosting;
using Supervise.Leases.Postgres;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Chooses PostgreSQL as the host's lease store.</summary>
public static class PostgresLeasesBuilderExtensions
{
    /// <summary>
    /// Holds the host's leases in the PostgreSQL database of <paramref name="connectionString"/>, as
    /// advisory locks with fencing counters in a table (see <see cref="PostgresLeaseStore"/>).
    /// </summary>
    /// <param name="builder">The builder from <c>AddSuperviseLeases()</c>.</param>
    /// <param name="connectionString">The Npgsql connection string, the same on every replica.</param>
    /// <param name="configure">Sets the other <see cref="PostgresLeaseStoreOptions"/>, if any.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="OptionsValidationException">Thrown when the host starts if the options are invalid, with a message per problem.</exception>
    /// <example>
    /// <code>
    /// builder.Services.AddSuperviseLeases().UsePostgres(builder.Configuration.GetConnectionString("leases")!);
    /// </code>
    /// </example>
    public static SuperviseLeasesBuilder UsePostgres(this SuperviseLeasesBuilder builder, string connectionString, Action<PostgresLeaseStoreOptions>? configure = null)
    {
        if (connectionString is null)
        {
            throw new ArgumentNullException(nameof(connectionString));
        }

        return builder.UsePostgres(options =>
        {
            options.ConnectionString = connectionString;
            configure?.Invoke(options);
        });
    }

    /// <summary>
    /// Holds the host's leases in PostgreSQL, with every setting, the connection string included, from
    /// <paramref name="configure"/>; the options can also be bound to configuration with
    /// <c>services.Configure&lt;PostgresLeaseStoreOptions&gt;(section)</c>.
    /// </summary>
    /// <param name="builder">The builder from <c>AddSuperviseLeases()</c>.</param>
    /// <param name="configure">Sets the <see cref="PostgresLeaseStoreOptions"/>; runs when the store is first needed.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="OptionsValidationException">Thrown when the host starts if the options are invalid, with a message per problem.</exception>
    public static SuperviseLeasesBuilder UsePostgres(this SuperviseLeasesBuilder builder, Action<PostgresLeaseStoreOptions> configure)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        builder.Services.AddOptions<PostgresLeaseStoreOptions>().Configure(configure).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PostgresLeaseStoreOptions>, PostgresLeaseStoreOptionsValidator>());
        return builder.UseStore(static provider => new PostgresLeaseStore(
            provider.GetRequiredService<IOptions<PostgresLeaseStoreOptions>>().Value,
            provider.GetService<ILoggerFactory>()));
    }
}

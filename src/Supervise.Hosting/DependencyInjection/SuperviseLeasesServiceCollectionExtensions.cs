using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Supervise.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the lease store that singleton workers hold their leases in.</summary>
public static class SuperviseLeasesServiceCollectionExtensions
{
    /// <summary>
    /// Starts the lease set-up of the host: choose the store on the builder this returns, such as
    /// <c>.UsePostgres(connectionString)</c> from the Supervise.Leases.Postgres package. Calling it again
    /// adds to the same set-up.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the <see cref="SuperviseLeasesOptions"/>; runs when they are first needed.</param>
    /// <returns>The builder that chooses the store.</returns>
    /// <exception cref="OptionsValidationException">
    /// Thrown when the host starts if the options are invalid, with a message per problem.
    /// </exception>
    /// <example>
    /// <code>
    /// builder.Services.AddSuperviseLeases(options => options.RetryInterval = TimeSpan.FromSeconds(1))
    ///     .UsePostgres(builder.Configuration.GetConnectionString("leases")!);
    /// </code>
    /// </example>
    public static SuperviseLeasesBuilder AddSuperviseLeases(this IServiceCollection services, Action<SuperviseLeasesOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var options = services.AddOptions<SuperviseLeasesOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SuperviseLeasesOptions>, SuperviseLeasesOptionsValidator>());
        return new SuperviseLeasesBuilder(services);
    }
}

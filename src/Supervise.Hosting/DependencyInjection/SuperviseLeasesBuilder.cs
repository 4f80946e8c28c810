using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Supervise.Leases;

namespace Supervise.Hosting;

/// <summary>
/// Chooses the one <see cref="ILeaseStore"/> of a host, returned by
/// <see cref="SuperviseLeasesServiceCollectionExtensions.AddSuperviseLeases"/>. The store packages add
/// their own choices to it: <c>UsePostgres</c> (Supervise.Leases.Postgres) and <c>UseRedis</c>
/// (Supervise.Leases.Redis).
/// </summary>
public sealed class SuperviseLeasesBuilder
{
    internal SuperviseLeasesBuilder(IServiceCollection services)
    {
        Services = services;
    }

    /// <summary>The host's services, for store packages that register more than the store.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Makes the store that <paramref name="createStore"/> returns the host's <see cref="ILeaseStore"/>,
    /// in place of any chosen before: a host has one lease store, and the last choice wins.
    /// </summary>
    /// <param name="createStore">
    /// Creates the store once, when it is first needed. The container disposes it when the host is
    /// disposed, if it is disposable.
    /// </param>
    /// <returns>This builder, for chaining.</returns>
    public SuperviseLeasesBuilder UseStore(Func<IServiceProvider, ILeaseStore> createStore)
    {
        if (createStore is null)
        {
            throw new ArgumentNullException(nameof(createStore));
        }

        Services.RemoveAll<ILeaseStore>();
        Services.AddSingleton(createStore);
        return this;
    }

    /// <summary>
    /// Uses an <see cref="InMemoryLeaseStore"/>: leases exclusive within this process only. For tests, and
    /// for a service that runs on one machine; it does not coordinate replicas.
    /// </summary>
    /// <returns>This builder, for chaining.</returns>
    public SuperviseLeasesBuilder UseInMemory() => UseStore(static _ => new InMemoryLeaseStore());
}

using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Supervise.Leases;

namespace Supervise.Hosting;

/// <summary>
/// Gives every hosted singleton worker (<see cref="SupervisedAttribute.Singleton"/>) the host's lease store
/// and retry interval before it starts, and refuses a host that has singletons but no lease store.
/// </summary>
internal static class SingletonLeaseWiring
{
    /// <summary>
    /// Sets <see cref="Supervisor.LeaseStore"/> and <see cref="Supervisor.LeaseRetryInterval"/> on the
    /// singletons among <paramref name="workers"/>, without replacing what was set on a supervisor before.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// A singleton has no store of its own and none is registered: the message names each such worker and
    /// its lease, and says what to add.
    /// </exception>
    public static void Wire(IServiceProvider services, IReadOnlyList<SupervisedWorker> workers)
    {
        var singletons = workers.Where(worker => worker.Supervisor.Settings.Singleton is not null).ToList();
        if (singletons.Count == 0)
        {
            return;
        }

        // Only resolved when a singleton needs them: hosts without singletons never create a store.
        var needingStore = singletons.Where(worker => worker.Supervisor.LeaseStore is null).ToList();
        var store = needingStore.Count == 0 ? null : services.GetService<ILeaseStore>();
        if (needingStore.Count > 0 && store is null)
        {
            throw new InvalidOperationException(NoStoreMessage(needingStore));
        }

        var retryInterval = services.GetService<IOptions<SuperviseLeasesOptions>>()?.Value.RetryInterval;
        foreach (var worker in singletons)
        {
            var supervisor = worker.Supervisor;
            if (supervisor.LeaseStore is null)
            {
                supervisor.LeaseStore = store;
            }

            if (retryInterval is { } interval && supervisor.LeaseRetryInterval == Supervisor.DefaultLeaseRetryInterval)
            {
                supervisor.LeaseRetryInterval = interval;
            }
        }
    }

    private static string NoStoreMessage(List<SupervisedWorker> workers)
    {
        var named = string.Join(", ", workers.Select(worker =>
            $"'{worker.Name}' (in {worker.WorkerType.FullName}, lease '{worker.Supervisor.Settings.Singleton}')"));
        var subject = workers.Count == 1 ? $"The supervised worker {named} is a singleton and needs" : $"The supervised workers {named} are singletons and need";
        return $"{subject} a lease store shared by every replica, but none is registered. Add one, such as " +
            "builder.Services.AddSuperviseLeases().UsePostgres(connectionString) (package Supervise.Leases.Postgres), " +
            ".UseRedis(configuration) (package Supervise.Leases.Redis), or .UseInMemory() for a service that runs on one machine only.";
    }
}

using System;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Supervise;
using Supervise.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Runs <c>[Supervised]</c> workers as part of the .NET Generic Host.</summary>
public static class SupervisedWorkersServiceCollectionExtensions
{
    /// <summary>
    /// Runs every supervised worker of <typeparamref name="T"/> as part of the host: each supervisor in
    /// <see cref="ISupervisedWorkers.Supervisors"/> is started when the host starts, and stopped when it
    /// stops, one by one in reverse start order, within the host's shutdown timeout.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <typeparamref name="T"/> is resolved from the container, and registered as a singleton first if it
    /// is not registered yet. Before it starts, each supervisor gets the host's logger
    /// (its own category, <see cref="SupervisedWorkersLogCategories.ForWorker"/>, under <see cref="SupervisedWorkersLogCategories.Supervisor"/>) and the container's
    /// <see cref="TimeProvider"/> if one is registered, unless it was given a logger or clock of its own.
    /// </para>
    /// <para>
    /// The workers are resolved once, from the root container: register <typeparamref name="T"/> as a
    /// singleton if you register it yourself. Each call adds one hosted service at its place among the
    /// others; a host set to stop services concurrently (<c>HostOptions.ServicesStopConcurrently</c>)
    /// stops different types at once, while the supervisors of one type still stop in reverse order.
    /// </para>
    /// <para>
    /// A supervisor that gives up stops the host with a failure exit code, or is left faulted, by its
    /// <see cref="SupervisedWorkersOptions.GiveUpBehavior"/>; see <see cref="ConfigureSupervisedWorkers"/>.
    /// A worker that does not stop in time is Unstopped and named in an error log line.
    /// Calling this again for the same type changes nothing.
    /// </para>
    /// <para>
    /// A type with <c>[SupervisionGroup]</c> (the generator implements <see cref="ISupervisedGroup"/> on it)
    /// runs as its group: <see cref="SupervisorGroup.Start"/> when the host starts (after the type's other
    /// workers, such as a base class's), <see cref="SupervisorGroup.StopAsync"/> when it stops; the group starts
    /// and stops its children, never the host. The group's give-up is escalated as a worker's, by the group's
    /// name (its children's give-ups reach the host through it, once). A group that ends by itself
    /// (<see cref="SupervisionGroupAttribute.AutoShutdown"/>: its work is done) stops the host, exit code unchanged.
    /// </para>
    /// </remarks>
    /// <typeparam name="T">A class with <c>[Supervised]</c> instance methods; the generator implements
    /// <see cref="ISupervisedWorkers"/> on it.</typeparam>
    /// <param name="services">The host's services.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <example>
    /// <code>
    /// var builder = Host.CreateApplicationBuilder(args);
    /// builder.Services.AddSupervisedWorkers&lt;QueuePump&gt;();
    /// await builder.Build().RunAsync();
    /// </code>
    /// </example>
    public static IServiceCollection AddSupervisedWorkers<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>(this IServiceCollection services)
        where T : class, ISupervisedWorkers
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        services.TryAddSingleton<T>();
        SupervisedWorkersServices.AddCore(services);
        if (IsRegistered(services, typeof(T)))
        {
            return services;
        }

        var source = new SupervisedWorkersSource(typeof(T), static provider => provider.GetRequiredService<T>());
        services.AddSingleton(source);
        services.AddSingleton<IHostedService>(provider => new SupervisedWorkersHostedService(source, provider.GetRequiredService<SupervisedWorkerRegistry>(), provider));
        return services;
    }

    /// <summary>
    /// Configures how the host treats its supervised workers: what it does when one gives up, globally
    /// or per worker, and the exit code of a give-up that stops the host.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the options; it runs when the host first needs them.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">
    /// Thrown when the host starts if the options are invalid (an undefined behavior, an empty worker
    /// name, a zero exit code), with a message per problem.
    /// </exception>
    /// <example>
    /// <code>
    /// services.ConfigureSupervisedWorkers(options =>
    ///     options.GiveUpBehaviorByName["Reports.Export"] = SupervisorGiveUpBehavior.Ignore);
    /// </code>
    /// </example>
    public static IServiceCollection ConfigureSupervisedWorkers(this IServiceCollection services, Action<SupervisedWorkersOptions> configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        SupervisedWorkersServices.AddCore(services);
        services.Configure(configure);
        return services;
    }

    private static bool IsRegistered(IServiceCollection services, Type workerType)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(SupervisedWorkersSource)
                && descriptor.ImplementationInstance is SupervisedWorkersSource source
                && source.WorkerType == workerType)
            {
                return true;
            }
        }

        return false;
    }
}

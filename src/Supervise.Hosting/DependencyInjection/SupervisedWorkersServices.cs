using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Supervise.Hosting;

/// <summary>The services every entry point needs, registered once however many entry points are used.</summary>
internal static class SupervisedWorkersServices
{
    public static void AddCore(IServiceCollection services)
    {
        services.AddOptions();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SupervisedWorkersOptions>, SupervisedWorkersOptionsValidator>());
        services.TryAddSingleton(static provider => new SupervisedWorkerRegistry(provider));
        services.TryAddSingleton(static provider => new SupervisedWorkersConfiguration(
            provider.GetService<IConfiguration>(),
            (provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger(SupervisedWorkersLogCategories.Hosting)));
        services.TryAddSingleton(static provider => new SupervisedWorkersStatus(provider.GetRequiredService<SupervisedWorkerRegistry>()));
    }
}

using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Supervise;
using Supervise.Hosting;
using Supervise.Hosting.Systemd;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Ties systemd's watchdog to the supervised workers of the host.</summary>
public static class SupervisedSystemdWatchdogServiceCollectionExtensions
{
    /// <summary>
    /// Sends <c>WATCHDOG=1</c> to systemd every half watchdog interval while no supervisor (group and
    /// keyed children included) is <see cref="SupervisorState.Faulted"/> or <see cref="SupervisorState.Unstopped"/>:
    /// while one is, the pings stop (a critical log line names it), and systemd restarts the service
    /// once the unit's <c>WatchdogSec=</c> has passed. A worker waiting to restart or behind an open
    /// circuit is still healing itself, and the pings go on.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Off unless systemd asks for it: the service must run with a <c>NOTIFY_SOCKET</c> (a unit with
    /// <c>Type=notify</c>, or <c>NotifyAccess=main</c>) and a watchdog interval (<c>WatchdogSec=</c>, which
    /// systemd passes as <c>WATCHDOG_USEC</c>), or <see cref="SupervisedSystemdWatchdogOptions.WatchdogInterval"/>.
    /// Pair it with <c>UseSystemd()</c> (or <c>AddSystemd()</c>), which reports the service ready and stopping.
    /// </para>
    /// <para>The pings run on the container's <see cref="TimeProvider"/> if one is registered.</para>
    /// </remarks>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Optional: sets the intervals, instead of systemd's environment.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <example>
    /// <code>
    /// builder.Services.AddSystemd();
    /// builder.Services.AddSupervisedWorkers&lt;QueuePump&gt;();
    /// builder.Services.AddSupervisedSystemdWatchdog();
    /// </code>
    /// </example>
    public static IServiceCollection AddSupervisedSystemdWatchdog(this IServiceCollection services, Action<SupervisedSystemdWatchdogOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var options = new SupervisedSystemdWatchdogOptions();
        configure?.Invoke(options);
        var pingInterval = PingIntervalFor(options);

        // AddSystemd registers the same notifier only when the process runs under systemd; this works either way.
        services.TryAddSingleton<ISystemdNotifier, SystemdNotifier>();
        services.AddSingleton<IHostedService>(provider => new SupervisedSystemdWatchdog(
            provider.GetRequiredService<ISystemdNotifier>(),
            provider.GetService<SupervisedWorkersStatus>(),
            provider.GetService<TimeProvider>() ?? TimeProvider.System,
            pingInterval(),
            (provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger(SupervisedWorkersLogCategories.Hosting)));
        return services;
    }

    /// <summary>The ping interval, read from the environment when the host is built (systemd sets it before the process starts).</summary>
    private static Func<TimeSpan?> PingIntervalFor(SupervisedSystemdWatchdogOptions options)
    {
        if (options.WatchdogInterval is { } configured && configured <= TimeSpan.Zero)
        {
            throw new ArgumentException($"WatchdogInterval is {configured}; it must be more than zero, or null to read WATCHDOG_USEC.", nameof(options));
        }

        if (options.PingInterval is { } ping && (ping <= TimeSpan.Zero || (options.WatchdogInterval is { } limit && ping >= limit)))
        {
            throw new ArgumentException($"PingInterval is {ping}; it must be more than zero and shorter than the watchdog interval.", nameof(options));
        }

        var watchdogInterval = options.WatchdogInterval;
        var pingInterval = options.PingInterval;
        return () =>
        {
            var interval = watchdogInterval ?? SystemdWatchdogInterval.FromEnvironment(Environment.GetEnvironmentVariable, Environment.ProcessId);
            return interval is { } known ? pingInterval ?? TimeSpan.FromTicks(known.Ticks / 2) : null;
        };
    }
}

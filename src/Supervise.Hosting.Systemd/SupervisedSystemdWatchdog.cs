using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging;

namespace Supervise.Hosting.Systemd;

/// <summary>
/// Sends <c>WATCHDOG=1</c> to systemd on a timer while every supervisor can still heal itself; withholds it
/// while one has given up (<see cref="SupervisorState.Faulted"/>) or is <see cref="SupervisorState.Unstopped"/>,
/// so systemd's <c>WatchdogSec=</c> restarts the service.
/// </summary>
internal sealed class SupervisedSystemdWatchdog : IHostedService, IDisposable
{
    private static readonly ServiceState Ping = new("WATCHDOG=1");

    private readonly ISystemdNotifier _notifier;
    private readonly SupervisedWorkersStatus? _status;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan? _pingInterval;
    private readonly ILogger _logger;

    // Written by the timer's callbacks, which never overlap (the period is far longer than a tick), and by StopAsync once the timer is gone.
    private string? _withheldFor;
    private ITimer? _timer;

    public SupervisedSystemdWatchdog(ISystemdNotifier notifier, SupervisedWorkersStatus? status, TimeProvider timeProvider, TimeSpan? pingInterval, ILogger logger)
    {
        _notifier = notifier;
        _status = status;
        _timeProvider = timeProvider;
        _pingInterval = pingInterval;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!_notifier.IsEnabled || _pingInterval is not { } interval)
        {
            // Not under systemd, or no WatchdogSec=: nothing listens.
            SystemdWatchdogLog.WatchdogOff(_logger, _notifier.IsEnabled ? "no watchdog interval (WatchdogSec= in the unit, WATCHDOG_USEC in the environment)" : "no NOTIFY_SOCKET (not run by systemd, or NotifyAccess= does not allow it)");
            return Task.CompletedTask;
        }

        SystemdWatchdogLog.WatchdogOn(_logger, (long)interval.TotalMilliseconds);
        Tick(null);
        _timer = _timeProvider.CreateTimer(Tick, null, interval, interval);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref _timer, null)?.Dispose();
    }

    private void Tick(object? state)
    {
        try
        {
            var blocking = _status is null ? null : BlockingWorkers(_status.Snapshot());
            if (blocking is null)
            {
                _notifier.Notify(Ping);
                if (_withheldFor is not null)
                {
                    _withheldFor = null;
                    SystemdWatchdogLog.PingResumed(_logger);
                }
            }
            else if (!string.Equals(_withheldFor, blocking, StringComparison.Ordinal))
            {
                _withheldFor = blocking;
                SystemdWatchdogLog.PingWithheld(_logger, blocking);
            }
        }
        catch (Exception exception)
        {
            // An observer never stops supervision: a failed ping is logged, and the next tick tries again.
            SystemdWatchdogLog.PingFailed(_logger, exception);
        }
    }

    /// <summary>The workers (children included) beyond self-healing, as "name (state)" in one line; null when there are none.</summary>
    internal static string? BlockingWorkers(SupervisedWorkersSnapshot snapshot)
    {
        List<string>? blocking = null;
        Collect(snapshot.Workers, ref blocking);
        return blocking is null ? null : string.Join(", ", blocking);
    }

    private static void Collect(IReadOnlyList<SupervisorSnapshot> supervisors, ref List<string>? blocking)
    {
        foreach (var supervisor in supervisors)
        {
            if (IsBeyondSelfHealing(supervisor.State))
            {
                (blocking ??= new List<string>()).Add($"{supervisor.Name} ({supervisor.State})");
            }

            Collect(supervisor.Children, ref blocking);
        }
    }

    /// <summary>The states no restart can leave by itself: given up, or a worker that ignored its stop and may still run.</summary>
    internal static bool IsBeyondSelfHealing(SupervisorState state) => state is SupervisorState.Faulted or SupervisorState.Unstopped;
}

using System;
using Microsoft.Extensions.Logging;

namespace Supervise.Hosting.Systemd;

/// <summary>
/// The systemd watchdog's log lines, in category <see cref="SupervisedWorkersLogCategories.Hosting"/>.
/// Event IDs are stable and start at 301, clear of the supervisors' (1 and up), the health checks' (100 and up) and the host integration's (201 and up).
/// </summary>
internal static partial class SystemdWatchdogLog
{
    [LoggerMessage(EventId = 301, EventName = "SystemdWatchdogOn", Level = LogLevel.Information,
        Message = "Feeding systemd's watchdog every {PingIntervalMs} ms while no supervised worker is Faulted or Unstopped.")]
    public static partial void WatchdogOn(ILogger logger, long pingIntervalMs);

    [LoggerMessage(EventId = 302, EventName = "SystemdWatchdogOff", Level = LogLevel.Debug,
        Message = "systemd's watchdog is not fed: {Reason}.")]
    public static partial void WatchdogOff(ILogger logger, string reason);

    [LoggerMessage(EventId = 303, EventName = "SystemdWatchdogPingWithheld", Level = LogLevel.Critical,
        Message = "Not feeding systemd's watchdog: {Supervisors} cannot recover by itself, so systemd will restart the service when WatchdogSec= runs out.")]
    public static partial void PingWithheld(ILogger logger, string supervisors);

    [LoggerMessage(EventId = 304, EventName = "SystemdWatchdogPingResumed", Level = LogLevel.Information,
        Message = "Feeding systemd's watchdog again: no supervised worker is Faulted or Unstopped.")]
    public static partial void PingResumed(ILogger logger);

    [LoggerMessage(EventId = 305, EventName = "SystemdWatchdogPingFailed", Level = LogLevel.Warning,
        Message = "Could not send WATCHDOG=1 to systemd; trying again at the next ping.")]
    public static partial void PingFailed(ILogger logger, Exception exception);
}

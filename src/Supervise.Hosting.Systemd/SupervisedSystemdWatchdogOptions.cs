using System;

namespace Supervise.Hosting.Systemd;

/// <summary>How the supervised workers keep systemd's watchdog fed. Configure with <c>services.AddSupervisedSystemdWatchdog(options => ...)</c>.</summary>
public sealed class SupervisedSystemdWatchdogOptions
{
    /// <summary>
    /// systemd's watchdog interval (the unit's <c>WatchdogSec=</c>); <see langword="null"/> (the default)
    /// to read it from the <c>WATCHDOG_USEC</c> environment variable systemd sets, which is ignored when
    /// <c>WATCHDOG_PID</c> names another process. Without an interval the watchdog is off.
    /// </summary>
    public TimeSpan? WatchdogInterval { get; set; }

    /// <summary>
    /// How often <c>WATCHDOG=1</c> is sent; <see langword="null"/> (the default) for half the watchdog
    /// interval, as systemd advises, so one late ping is not yet a timeout. Must be shorter than the interval.
    /// </summary>
    public TimeSpan? PingInterval { get; set; }
}

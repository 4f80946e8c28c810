using System;
using System.Globalization;

namespace Supervise.Hosting.Systemd;

/// <summary>Reads systemd's watchdog interval from the environment it gives a service (sd_watchdog_enabled(3)).</summary>
internal static class SystemdWatchdogInterval
{
    public const string UsecVariable = "WATCHDOG_USEC";

    public const string PidVariable = "WATCHDOG_PID";

    /// <summary>The interval in <c>WATCHDOG_USEC</c>, or null when it is missing, not a positive number, or meant for another process.</summary>
    public static TimeSpan? FromEnvironment(Func<string, string?> variable, int processId)
    {
        if (variable(PidVariable) is { Length: > 0 } pid
            && (!int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var forProcess) || forProcess != processId))
        {
            return null;
        }

        return ulong.TryParse(variable(UsecVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var microseconds) && microseconds > 0
            ? TimeSpan.FromTicks((long)Math.Min(microseconds * 10, (ulong)TimeSpan.MaxValue.Ticks))
            : null;
    }
}

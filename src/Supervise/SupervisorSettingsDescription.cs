using System;
using System.Collections.Generic;
using System.Globalization;

namespace Supervise;

/// <summary>Writes a <see cref="SupervisorSettings"/> as one line of plain words.</summary>
internal static class SupervisorSettingsDescription
{
    public static string Describe(SupervisorSettings settings)
    {
        var parts = new List<string>(6) { Delay(settings), Restarts(settings) };
        if (settings.HasRestartLimit)
        {
            parts.Add(settings.RestartWindowMs > 0
                ? $"at most {Count(settings.MaxRestarts, "restart")} in {Duration(settings.RestartWindowMs)}"
                : $"at most {Count(settings.MaxRestarts, "restart")}");
        }

        if (settings.HasCircuitBreaker)
        {
            parts.Add($"circuit opens for {Duration(settings.CircuitBreakerDurationMs)} after {Count(settings.CircuitBreakerThreshold, "failure")} in a row");
        }

        if (settings.HeartbeatTimeoutMs > 0)
        {
            parts.Add($"heartbeat within {Duration(settings.HeartbeatTimeoutMs)}");
        }

        if (settings.StopOn is { Count: > 0 } stopOn)
        {
            parts.Add("stops on " + Names(stopOn));
        }

        if (settings.RestartOn is { } restartOn)
        {
            parts.Add("restarts only on " + Names(restartOn));
        }

        if (settings.Significant)
        {
            parts.Add("significant");
        }

        if (settings.Singleton is { } lease)
        {
            parts.Add($"singleton on lease '{lease}'");
        }

        parts.Add("shutdown " + Duration(settings.ShutdownTimeoutMs));
        return string.Join("; ", parts);
    }

    /// <summary>A duration in the largest unit that keeps it short: 250 ms, 1.5 s, 2 min.</summary>
    public static string Duration(long milliseconds)
    {
        if (milliseconds < 1_000 || milliseconds % 100 != 0)
        {
            return milliseconds.ToString(CultureInfo.InvariantCulture) + " ms";
        }

        if (milliseconds < 60_000 || milliseconds % 6_000 != 0)
        {
            return (milliseconds / 1_000.0).ToString("0.#", CultureInfo.InvariantCulture) + " s";
        }

        return (milliseconds / 60_000.0).ToString("0.#", CultureInfo.InvariantCulture) + " min";
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string Delay(SupervisorSettings settings)
    {
        var jitter = settings.JittersDelays ? ", jittered" : string.Empty;
        return settings.Policy switch
        {
            RestartPolicy.Immediate => "Immediate",
            RestartPolicy.Backoff => $"Backoff {Duration(settings.RestartDelayMs)} to {Duration(settings.MaxDelayMs)}{jitter}, reset after {Duration((long)settings.ResetAfter.TotalMilliseconds)} up",
            _ => $"Fixed {Duration(settings.RestartDelayMs)}{jitter}",
        };
    }

    private static string Restarts(SupervisorSettings settings) => settings.Restart switch
    {
        RestartMode.OnFailure => "restart on failure",
        RestartMode.Never => "run once",
        _ => "restart always",
    };

    private static string Names(IReadOnlyList<Type> types)
    {
        var names = new string[types.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = types[i].Name;
        }

        return names.Length == 0 ? "nothing" : string.Join(", ", names);
    }
}

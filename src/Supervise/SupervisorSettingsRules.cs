using System.Collections.Generic;

namespace Supervise;

/// <summary>The values of <see cref="SupervisorSettings"/> a supervisor cannot run with.</summary>
internal static class SupervisorSettingsRules
{
    public static IReadOnlyList<string> FindProblems(SupervisorSettings settings)
    {
        // Each message is made only for a value that breaks its rule: supervisors check their settings as they are made.
        var problems = new List<string>(0);
        if (settings.RestartDelayMs < 0)
        {
            problems.Add($"RestartDelayMs is {settings.RestartDelayMs}; it must be 0 or more");
        }

        if (settings.Policy is not (RestartPolicy.Immediate or RestartPolicy.Fixed or RestartPolicy.Backoff))
        {
            problems.Add($"Policy {(int)settings.Policy} is not a RestartPolicy value");
        }

        if (settings.MaxDelayMs <= 0)
        {
            problems.Add($"MaxDelayMs is {settings.MaxDelayMs}; it must be more than 0");
        }
        else if (settings.Policy == RestartPolicy.Backoff && settings.MaxDelayMs < settings.RestartDelayMs)
        {
            problems.Add($"MaxDelayMs ({settings.MaxDelayMs}) is below RestartDelayMs ({settings.RestartDelayMs}); backoff could never reach its first delay");
        }

        if (settings.Restart is not (RestartMode.Always or RestartMode.OnFailure or RestartMode.Never))
        {
            problems.Add($"Restart {(int)settings.Restart} is not a RestartMode value");
        }

        if (settings.ShutdownTimeoutMs < 0)
        {
            problems.Add($"ShutdownTimeoutMs is {settings.ShutdownTimeoutMs}; it must be 0 or more");
        }

        if (settings.ResetAfterMs < -1)
        {
            problems.Add($"ResetAfterMs is {settings.ResetAfterMs}; it must be 0 or more, or -1 for the automatic value");
        }

        if (settings.MaxRestarts < -1)
        {
            problems.Add($"MaxRestarts is {settings.MaxRestarts}; it must be 0 or more, or -1 for no limit");
        }

        if (settings.RestartWindowMs < 0)
        {
            problems.Add($"RestartWindowMs is {settings.RestartWindowMs}; it must be 0 or more");
        }
        else if (settings.RestartWindowMs > 0 && settings.MaxRestarts < 0)
        {
            problems.Add("RestartWindowMs has no effect without MaxRestarts; set MaxRestarts to the number of restarts allowed in the window");
        }

        if (settings.CircuitBreakerThreshold < 0)
        {
            problems.Add($"CircuitBreakerThreshold is {settings.CircuitBreakerThreshold}; it must be 0 (off) or more");
        }

        if (settings.CircuitBreakerDurationMs <= 0)
        {
            problems.Add($"CircuitBreakerDurationMs is {settings.CircuitBreakerDurationMs}; it must be more than 0");
        }

        if (settings.HeartbeatTimeoutMs < 0)
        {
            problems.Add($"HeartbeatTimeoutMs is {settings.HeartbeatTimeoutMs}; it must be 0 (off) or more");
        }

        if (settings.RestartOn is { Count: 0 })
        {
            problems.Add("RestartOn is empty, so no failure would ever be restarted; list the exception types to restart, or leave it out");
        }

        if (settings.Singleton is { } lease && (lease.Trim().Length == 0 || lease.Length > Leases.LeaseNames.MaxLength))
        {
            problems.Add($"Singleton must name a lease of 1 to {Leases.LeaseNames.MaxLength} characters, the same on every replica");
        }

        if (settings.Significant && settings.Restart == RestartMode.Always)
        {
            problems.Add("Significant needs Restart = OnFailure or Never: a child restarted after every exit is never done, so it could never end its group");
        }

        return problems;
    }
}

using System;
using System.Collections.Generic;

namespace Supervise;

/// <summary>The values of <see cref="SupervisorSettings"/> a supervisor cannot run with.</summary>
internal static class SupervisorSettingsRules
{
    public static IReadOnlyList<string> FindProblems(SupervisorSettings settings)
    {
        var problems = new List<string>();
        Check(problems, settings.RestartDelayMs >= 0, $"RestartDelayMs is {settings.RestartDelayMs}; it must be 0 or more");
        Check(problems, settings.Policy is RestartPolicy.Immediate or RestartPolicy.Fixed or RestartPolicy.Backoff, $"Policy {(int)settings.Policy} is not a RestartPolicy value");
        if (settings.MaxDelayMs <= 0)
        {
            problems.Add($"MaxDelayMs is {settings.MaxDelayMs}; it must be more than 0");
        }
        else
        {
            Check(problems, settings.Policy != RestartPolicy.Backoff || settings.MaxDelayMs >= settings.RestartDelayMs,
                $"MaxDelayMs ({settings.MaxDelayMs}) is below RestartDelayMs ({settings.RestartDelayMs}); backoff could never reach its first delay");
        }

        Check(problems, settings.Restart is RestartMode.Always or RestartMode.OnFailure or RestartMode.Never, $"Restart {(int)settings.Restart} is not a RestartMode value");
        Check(problems, settings.ShutdownTimeoutMs >= 0, $"ShutdownTimeoutMs is {settings.ShutdownTimeoutMs}; it must be 0 or more");
        Check(problems, settings.ResetAfterMs >= -1, $"ResetAfterMs is {settings.ResetAfterMs}; it must be 0 or more, or -1 for the automatic value");
        Check(problems, settings.MaxRestarts >= -1, $"MaxRestarts is {settings.MaxRestarts}; it must be 0 or more, or -1 for no limit");
        if (settings.RestartWindowMs < 0)
        {
            problems.Add($"RestartWindowMs is {settings.RestartWindowMs}; it must be 0 or more");
        }
        else
        {
            Check(problems, settings.RestartWindowMs == 0 || settings.MaxRestarts >= 0,
                "RestartWindowMs has no effect without MaxRestarts; set MaxRestarts to the number of restarts allowed in the window");
        }

        Check(problems, settings.CircuitBreakerThreshold >= 0, $"CircuitBreakerThreshold is {settings.CircuitBreakerThreshold}; it must be 0 (off) or more");
        Check(problems, settings.CircuitBreakerDurationMs > 0, $"CircuitBreakerDurationMs is {settings.CircuitBreakerDurationMs}; it must be more than 0");
        Check(problems, settings.HeartbeatTimeoutMs >= 0, $"HeartbeatTimeoutMs is {settings.HeartbeatTimeoutMs}; it must be 0 (off) or more");
        Check(problems, settings.RestartOn is not { Count: 0 }, "RestartOn is empty, so no failure would ever be restarted; list the exception types to restart, or leave it out");
        Check(problems, settings.Singleton is null || (settings.Singleton.Trim().Length > 0 && settings.Singleton.Length <= Leases.LeaseNames.MaxLength),
            $"Singleton must name a lease of 1 to {Leases.LeaseNames.MaxLength} characters, the same on every replica");
        Check(problems, !settings.Significant || settings.Restart != RestartMode.Always,
            "Significant needs Restart = OnFailure or Never: a child restarted after every exit is never done, so it could never end its group");
        return problems;
    }

    private static void Check(List<string> problems, bool valid, string problem)
    {
        if (!valid)
        {
            problems.Add(problem);
        }
    }
}

using System.Collections.Generic;
using Supervise.Generators.Model;

namespace Supervise.Generators.Parsing;

/// <summary>
/// Which attribute values a supervisor cannot run with. The generator skips a worker with any of
/// them; the analyzer reports each one on the offending argument (SUP003, as errors).
/// </summary>
internal static class WorkerOptionsRules
{
    public static bool IsValid(WorkerOptions options, bool takesContext)
    {
        using var problems = FindProblems(options, takesContext).GetEnumerator();
        return !problems.MoveNext();
    }

    /// <summary>Each invalid value: where it is and what is wrong with it.</summary>
    /// <param name="options">The attribute's values.</param>
    /// <param name="takesContext">Whether the worker takes a <c>SupervisionContext</c>, without which it cannot send heartbeats.</param>
    public static IEnumerable<OptionProblem> FindProblems(WorkerOptions options, bool takesContext)
    {
        if (options.RestartDelayMs < 0)
        {
            yield return Problem("RestartDelayMs", $"RestartDelayMs is {options.RestartDelayMs}; it must be 0 or more");
        }

        if (options.Policy is not (PolicyKind.Immediate or PolicyKind.Fixed or PolicyKind.Backoff))
        {
            yield return Problem("Policy", $"Policy {(int)options.Policy} is not a RestartPolicy value");
        }

        if (options.MaxDelayMs <= 0)
        {
            yield return Problem("MaxDelayMs", $"MaxDelayMs is {options.MaxDelayMs}; it must be more than 0");
        }
        else if (options.Policy == PolicyKind.Backoff && options.MaxDelayMs < options.RestartDelayMs)
        {
            yield return Problem("MaxDelayMs", $"MaxDelayMs ({options.MaxDelayMs}) is below RestartDelayMs ({options.RestartDelayMs}); backoff could never reach its first delay");
        }

        if (options.Restart is not (RestartKind.Always or RestartKind.OnFailure or RestartKind.Never))
        {
            yield return Problem("Restart", $"Restart {(int)options.Restart} is not a RestartMode value");
        }

        if (options.ShutdownTimeoutMs < 0)
        {
            yield return Problem("ShutdownTimeoutMs", $"ShutdownTimeoutMs is {options.ShutdownTimeoutMs}; it must be 0 or more");
        }

        if (options.Name is not null && options.Name.Trim().Length == 0)
        {
            yield return Problem("Name", "Name is empty; leave it out to use the default name");
        }

        if (options.ResetAfterMs < -1)
        {
            yield return Problem("ResetAfterMs", $"ResetAfterMs is {options.ResetAfterMs}; it must be 0 or more, or -1 for the automatic value");
        }

        if (options.MaxRestarts < -1)
        {
            yield return Problem("MaxRestarts", $"MaxRestarts is {options.MaxRestarts}; it must be 0 or more, or -1 for no limit");
        }

        if (options.RestartWindowMs < 0)
        {
            yield return Problem("RestartWindowMs", $"RestartWindowMs is {options.RestartWindowMs}; it must be 0 or more");
        }
        else if (options.RestartWindowMs > 0 && options.MaxRestarts < 0)
        {
            yield return Problem("RestartWindowMs", "RestartWindowMs has no effect without MaxRestarts; set MaxRestarts to the number of restarts allowed in the window");
        }

        if (options.CircuitBreakerThreshold < 0)
        {
            yield return Problem("CircuitBreakerThreshold", $"CircuitBreakerThreshold is {options.CircuitBreakerThreshold}; it must be 0 (off) or more");
        }

        if (options.CircuitBreakerDurationMs <= 0)
        {
            yield return Problem("CircuitBreakerDurationMs", $"CircuitBreakerDurationMs is {options.CircuitBreakerDurationMs}; it must be more than 0");
        }

        if (options.HeartbeatTimeoutMs < 0)
        {
            yield return Problem("HeartbeatTimeoutMs", $"HeartbeatTimeoutMs is {options.HeartbeatTimeoutMs}; it must be 0 (off) or more");
        }
        else if (options.HeartbeatTimeoutMs > 0 && !takesContext)
        {
            yield return Problem("HeartbeatTimeoutMs", "HeartbeatTimeoutMs needs a worker that takes a SupervisionContext parameter, to call Heartbeat() on; without one every run would be found hung");
        }

        foreach (var problem in FindListProblems("StopOn", options.StopOn))
        {
            yield return problem;
        }

        foreach (var problem in FindListProblems("RestartOn", options.RestartOn))
        {
            yield return problem;
        }

        if (options.RestartOn is { Count: 0 })
        {
            yield return Problem("RestartOn", "RestartOn is empty, so no failure would ever be restarted; list the exception types to restart, or leave it out");
        }

        if (options.StopOn is { } stopOn && options.RestartOn is { } restartOn)
        {
            for (var i = 0; i < stopOn.Count; i++)
            {
                foreach (var restarted in restartOn)
                {
                    if (stopOn[i].IsUsable && stopOn[i].FullyQualifiedName == restarted.FullyQualifiedName)
                    {
                        yield return new OptionProblem("StopOn", i, $"{stopOn[i].DisplayName} is in both StopOn and RestartOn; keep it in one");
                    }
                }
            }
        }
    }

    private static IEnumerable<OptionProblem> FindListProblems(string property, EquatableArray<ExceptionTypeInfo>? types)
    {
        if (types is not { } list)
        {
            yield break;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var type = list[i];
            if (!type.IsUsable)
            {
                yield return new OptionProblem(property, i, $"{type.DisplayName} in {property} is not a usable exception type");
                continue;
            }

            if (!type.IsException)
            {
                yield return new OptionProblem(property, i, $"{type.DisplayName} in {property} is not an exception type");
                continue;
            }

            for (var earlier = 0; earlier < i; earlier++)
            {
                if (!list[earlier].IsUsable)
                {
                    continue;
                }

                if (list[earlier].FullyQualifiedName == type.FullyQualifiedName)
                {
                    yield return new OptionProblem(property, i, $"{type.DisplayName} is listed twice in {property}");
                    break;
                }

                if (type.IsSameOrDerivedFrom(list[earlier]))
                {
                    yield return new OptionProblem(property, i, $"{type.DisplayName} in {property} is already covered by its base type {list[earlier].DisplayName}, listed earlier");
                    break;
                }
            }
        }
    }

    private static OptionProblem Problem(string property, string message) => new(property, null, message);
}

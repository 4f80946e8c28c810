using System.Collections.Generic;
using Supervise.Generators.Model;

namespace Supervise.Generators.Parsing;

/// <summary>
/// Which attribute values a supervisor cannot run with. The generator skips a worker with any of
/// them; the analyzer reports each one on the offending argument.
/// </summary>
internal static class WorkerOptionsRules
{
    public static bool IsValid(WorkerOptions options)
    {
        using var problems = FindProblems(options).GetEnumerator();
        return !problems.MoveNext();
    }

    /// <summary>Each invalid value, as the property it is on and what is wrong with it.</summary>
    public static IEnumerable<(string Property, string Problem)> FindProblems(WorkerOptions options)
    {
        if (options.RestartDelayMs < 0)
        {
            yield return ("RestartDelayMs", $"RestartDelayMs is {options.RestartDelayMs}; it must be 0 or more");
        }

        if (options.Policy is not (PolicyKind.Immediate or PolicyKind.Fixed or PolicyKind.Backoff))
        {
            yield return ("Policy", $"Policy {(int)options.Policy} is not a RestartPolicy value");
        }

        if (options.MaxDelayMs <= 0)
        {
            yield return ("MaxDelayMs", $"MaxDelayMs is {options.MaxDelayMs}; it must be more than 0");
        }
        else if (options.Policy == PolicyKind.Backoff && options.MaxDelayMs < options.RestartDelayMs)
        {
            yield return ("MaxDelayMs", $"MaxDelayMs ({options.MaxDelayMs}) is below RestartDelayMs ({options.RestartDelayMs}); backoff could never reach its first delay");
        }

        if (options.Restart is not (RestartKind.Always or RestartKind.OnFailure or RestartKind.Never))
        {
            yield return ("Restart", $"Restart {(int)options.Restart} is not a RestartMode value");
        }

        if (options.ShutdownTimeoutMs < 0)
        {
            yield return ("ShutdownTimeoutMs", $"ShutdownTimeoutMs is {options.ShutdownTimeoutMs}; it must be 0 or more");
        }

        if (options.Name is not null && options.Name.Trim().Length == 0)
        {
            yield return ("Name", "Name is empty; leave it out to use the default name");
        }
    }
}

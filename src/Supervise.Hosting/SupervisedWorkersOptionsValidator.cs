using System.Collections.Generic;
using Microsoft.Extensions.Options;

namespace Supervise.Hosting;

/// <summary>Rejects <see cref="SupervisedWorkersOptions"/> that cannot mean what they say, with a message naming the setting.</summary>
internal sealed class SupervisedWorkersOptionsValidator : IValidateOptions<SupervisedWorkersOptions>
{
    public ValidateOptionsResult Validate(string? name, SupervisedWorkersOptions options)
    {
        var problems = new List<string>();
        if (!IsDefined(options.GiveUpBehavior))
        {
            problems.Add($"GiveUpBehavior is {(int)options.GiveUpBehavior}, which is not a SupervisorGiveUpBehavior; use StopHost or Ignore.");
        }

        foreach (var entry in options.GiveUpBehaviorByName)
        {
            if (string.IsNullOrWhiteSpace(entry.Key))
            {
                problems.Add("GiveUpBehaviorByName has an empty worker name; use the supervisor's Name, such as 'QueuePump.Pump'.");
            }

            if (!IsDefined(entry.Value))
            {
                problems.Add($"GiveUpBehaviorByName['{entry.Key}'] is {(int)entry.Value}, which is not a SupervisorGiveUpBehavior; use StopHost or Ignore.");
            }
        }

        if (options.FailureExitCode == 0)
        {
            problems.Add("FailureExitCode is 0, which reports success; use a non-zero exit code such as 1.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static bool IsDefined(SupervisorGiveUpBehavior behavior) =>
        behavior is SupervisorGiveUpBehavior.StopHost or SupervisorGiveUpBehavior.Ignore;
}

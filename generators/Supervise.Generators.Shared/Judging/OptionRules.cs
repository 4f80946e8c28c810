using System.Collections.Immutable;
using Supervise.Generators.Model;

namespace Supervise.Generators.Judging;

/// <summary>
/// Which attribute values a supervisor cannot run with. Any of them rejects the worker: the generator
/// skips it and the analyzers report each one on the offending argument (SUP003).
/// </summary>
internal static class OptionRules
{
    /// <summary>The longest lease name a store takes (the runtime's <c>LeaseNames.MaxLength</c>).</summary>
    public const int MaxLeaseNameLength = 200;

    /// <summary>Every invalid value, in the order the properties are declared; empty when the options are valid.</summary>
    /// <param name="options">The attribute's values.</param>
    /// <param name="takesContext">Whether the worker takes a <c>SupervisionContext</c>, without which it cannot send heartbeats.</param>
    public static ImmutableArray<OptionProblem> Check(WorkerOptions options, bool takesContext)
    {
        var found = default(Findings<OptionProblem>);
        if (options.RestartDelayMs < 0)
        {
            found.Add(new OptionProblem(OptionProblemKind.Negative, SupervisedProperties.RestartDelayMs));
        }

        if (options.Policy is not (PolicyKind.Immediate or PolicyKind.Fixed or PolicyKind.Backoff))
        {
            found.Add(new OptionProblem(OptionProblemKind.UnknownEnumValue, SupervisedProperties.Policy));
        }

        if (options.MaxDelayMs <= 0)
        {
            found.Add(new OptionProblem(OptionProblemKind.NotPositive, SupervisedProperties.MaxDelayMs));
        }
        else if (options.Policy == PolicyKind.Backoff && options.MaxDelayMs < options.RestartDelayMs)
        {
            found.Add(new OptionProblem(OptionProblemKind.CapBelowFirstDelay, SupervisedProperties.MaxDelayMs));
        }

        if (options.Restart is not (RestartKind.Always or RestartKind.OnFailure or RestartKind.Never))
        {
            found.Add(new OptionProblem(OptionProblemKind.UnknownEnumValue, SupervisedProperties.Restart));
        }

        if (options.ShutdownTimeoutMs < 0)
        {
            found.Add(new OptionProblem(OptionProblemKind.Negative, SupervisedProperties.ShutdownTimeoutMs));
        }

        if (options.Name is not null && options.Name.Trim().Length == 0)
        {
            found.Add(new OptionProblem(OptionProblemKind.BlankName, SupervisedProperties.Name));
        }

        if (options.ResetAfterMs < -1)
        {
            found.Add(new OptionProblem(OptionProblemKind.BelowMinusOne, SupervisedProperties.ResetAfterMs));
        }

        if (options.MaxRestarts < -1)
        {
            found.Add(new OptionProblem(OptionProblemKind.BelowMinusOne, SupervisedProperties.MaxRestarts));
        }

        if (options.RestartWindowMs < 0)
        {
            found.Add(new OptionProblem(OptionProblemKind.Negative, SupervisedProperties.RestartWindowMs));
        }
        else if (options.RestartWindowMs > 0 && options.MaxRestarts < 0)
        {
            found.Add(new OptionProblem(OptionProblemKind.WindowWithoutLimit, SupervisedProperties.RestartWindowMs));
        }

        if (options.CircuitBreakerThreshold < 0)
        {
            found.Add(new OptionProblem(OptionProblemKind.NegativeWhereZeroIsOff, SupervisedProperties.CircuitBreakerThreshold));
        }

        if (options.CircuitBreakerDurationMs <= 0)
        {
            found.Add(new OptionProblem(OptionProblemKind.NotPositive, SupervisedProperties.CircuitBreakerDurationMs));
        }

        if (options.HeartbeatTimeoutMs < 0)
        {
            found.Add(new OptionProblem(OptionProblemKind.NegativeWhereZeroIsOff, SupervisedProperties.HeartbeatTimeoutMs));
        }
        else if (options.HeartbeatTimeoutMs > 0 && !takesContext)
        {
            found.Add(new OptionProblem(OptionProblemKind.HeartbeatWithoutContext, SupervisedProperties.HeartbeatTimeoutMs));
        }

        CheckList(SupervisedProperties.StopOn, options.StopOn, ref found);
        CheckList(SupervisedProperties.RestartOn, options.RestartOn, ref found);
        if (options.RestartOn is { Count: 0 })
        {
            found.Add(new OptionProblem(OptionProblemKind.EmptyRestartOn, SupervisedProperties.RestartOn));
        }

        if (options.StopOn is { } stopOn && options.RestartOn is { } restartOn)
        {
            for (var i = 0; i < stopOn.Count; i++)
            {
                foreach (var restarted in restartOn)
                {
                    if (stopOn[i].IsUsable && stopOn[i].FullyQualifiedName == restarted.FullyQualifiedName)
                    {
                        found.Add(new OptionProblem(OptionProblemKind.InBothLists, SupervisedProperties.StopOn, i));
                    }
                }
            }
        }

        if (options.Singleton is { } lease && (lease.Trim().Length == 0 || lease.Length > MaxLeaseNameLength))
        {
            found.Add(new OptionProblem(OptionProblemKind.InvalidLeaseName, SupervisedProperties.Singleton));
        }

        if (options.Significant && options.Restart == RestartKind.Always)
        {
            found.Add(new OptionProblem(OptionProblemKind.SignificantRestartsAlways, SupervisedProperties.Significant));
        }

        return found.ToImmutable();
    }

    private static void CheckList(string property, EquatableArray<ExceptionTypeInfo>? types, ref Findings<OptionProblem> found)
    {
        if (types is not { } list)
        {
            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var type = list[i];
            if (!type.IsUsable)
            {
                found.Add(new OptionProblem(OptionProblemKind.UnusableType, property, i));
                continue;
            }

            if (!type.IsException)
            {
                found.Add(new OptionProblem(OptionProblemKind.NotAnException, property, i));
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
                    found.Add(new OptionProblem(OptionProblemKind.ListedTwice, property, i, earlier));
                    break;
                }

                if (type.IsSameOrDerivedFrom(list[earlier]))
                {
                    found.Add(new OptionProblem(OptionProblemKind.CoveredByEarlierBase, property, i, earlier));
                    break;
                }
            }
        }
    }
}

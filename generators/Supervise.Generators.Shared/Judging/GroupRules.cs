using System.Collections.Immutable;
using Supervise.Generators.Model;

namespace Supervise.Generators.Judging;

/// <summary>
/// Which <c>[SupervisionGroup]</c> values a group cannot run with: exactly what the runtime's
/// <c>SupervisorGroupSettings.Validate</c> and the group's constructor reject, so a generated group never
/// throws when it is made. Any of them leaves the group and its children out of the generated code; the
/// analyzers report each one on its argument (SUP012).
/// </summary>
internal static class GroupRules
{
    /// <summary>The largest <c>SupervisionStrategy</c> and <c>AutoShutdown</c> values (both enums run 0, 1, 2).</summary>
    private const int LastStrategy = 2;
    private const int LastAutoShutdown = 2;

    /// <summary>Every invalid value, in the order the properties are declared; empty when the group can run.</summary>
    public static ImmutableArray<OptionProblem> Check(SupervisionGroupInfo group)
    {
        var found = default(Findings<OptionProblem>);
        if (group.Strategy is < 0 or > LastStrategy)
        {
            found.Add(new OptionProblem(OptionProblemKind.UnknownEnumValue, SupervisionGroupProperties.Strategy));
        }

        if (group.MaxRestarts < -1)
        {
            found.Add(new OptionProblem(OptionProblemKind.BelowMinusOne, SupervisionGroupProperties.MaxRestarts));
        }

        if (group.RestartWindowMs < 0)
        {
            found.Add(new OptionProblem(OptionProblemKind.Negative, SupervisionGroupProperties.RestartWindowMs));
        }

        if (group.AutoShutdown is < 0 or > LastAutoShutdown)
        {
            found.Add(new OptionProblem(OptionProblemKind.UnknownEnumValue, SupervisionGroupProperties.AutoShutdown));
        }

        if (group.Name is not null && group.Name.Trim().Length == 0)
        {
            found.Add(new OptionProblem(OptionProblemKind.BlankName, SupervisionGroupProperties.Name));
        }

        return found.ToImmutable();
    }

    /// <summary>Whether the group's <c>AutoShutdown</c> ends it on its significant children (<c>AnySignificant</c> or <c>AllSignificant</c>).</summary>
    public static bool ShutsDownOnSignificant(SupervisionGroupInfo group) => group.AutoShutdown is 1 or 2;
}

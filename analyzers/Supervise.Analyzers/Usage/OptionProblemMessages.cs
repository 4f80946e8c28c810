using System.Globalization;
using Supervise.Generators.Model;

namespace Supervise.Analyzers.Usage;

/// <summary>What SUP003 says for each rule a <c>[Supervised]</c> value breaks, with the value as written.</summary>
internal static class OptionProblemMessages
{
    public static string Describe(OptionProblem problem, WorkerOptions options)
    {
        var property = problem.Property;
        var value = ValueOf(property, options);
        return problem.Kind switch
        {
            OptionProblemKind.Negative => $"{property} is {value}; it must be 0 or more",
            OptionProblemKind.NotPositive => $"{property} is {value}; it must be more than 0",
            OptionProblemKind.NegativeWhereZeroIsOff => $"{property} is {value}; it must be 0 (off) or more",
            OptionProblemKind.BelowMinusOne when property == SupervisedProperties.ResetAfterMs => $"{property} is {value}; it must be 0 or more, or -1 for the automatic value",
            OptionProblemKind.BelowMinusOne => $"{property} is {value}; it must be 0 or more, or -1 for no limit",
            OptionProblemKind.UnknownEnumValue when property == SupervisedProperties.Policy => $"Policy {value} is not a RestartPolicy value",
            OptionProblemKind.UnknownEnumValue => $"Restart {value} is not a RestartMode value",
            OptionProblemKind.BlankName => "Name is empty; leave it out to use the default name",
            OptionProblemKind.CapBelowFirstDelay => $"MaxDelayMs ({Number(options.MaxDelayMs)}) is below RestartDelayMs ({Number(options.RestartDelayMs)}); backoff could never reach its first delay",
            OptionProblemKind.WindowWithoutLimit => "RestartWindowMs has no effect without MaxRestarts; set MaxRestarts to the number of restarts allowed in the window",
            OptionProblemKind.HeartbeatWithoutContext => "HeartbeatTimeoutMs needs a worker that takes a SupervisionContext parameter, to call Heartbeat() on; without one every run would be found hung",
            OptionProblemKind.UnusableType => $"{Listed(problem, options)} in {property} is not a usable exception type",
            OptionProblemKind.NotAnException => $"{Listed(problem, options)} in {property} is not an exception type",
            OptionProblemKind.ListedTwice => $"{Listed(problem, options)} is listed twice in {property}",
            OptionProblemKind.CoveredByEarlierBase => $"{Listed(problem, options)} in {property} is already covered by its base type {Listed(problem with { Index = problem.RelatedIndex }, options)}, listed earlier",
            OptionProblemKind.EmptyRestartOn => "RestartOn is empty, so no failure would ever be restarted; list the exception types to restart, or leave it out",
            OptionProblemKind.InBothLists => $"{Listed(problem, options)} is in both StopOn and RestartOn; keep it in one",
            OptionProblemKind.InvalidLeaseName => $"Singleton must name a lease of 1 to {OptionRules.MaxLeaseNameLength} characters, the same on every replica",
            OptionProblemKind.SignificantRestartsAlways => "Significant needs Restart = RestartMode.OnFailure or RestartMode.Never: a child restarted after every exit is never done, so it could never end its group",
            _ => $"{property} cannot be used",
        };
    }

    private static string ValueOf(string property, WorkerOptions options) => property switch
    {
        SupervisedProperties.RestartDelayMs => Number(options.RestartDelayMs),
        SupervisedProperties.Policy => Number((int)options.Policy),
        SupervisedProperties.MaxDelayMs => Number(options.MaxDelayMs),
        SupervisedProperties.Restart => Number((int)options.Restart),
        SupervisedProperties.ShutdownTimeoutMs => Number(options.ShutdownTimeoutMs),
        SupervisedProperties.ResetAfterMs => Number(options.ResetAfterMs),
        SupervisedProperties.MaxRestarts => Number(options.MaxRestarts),
        SupervisedProperties.RestartWindowMs => Number(options.RestartWindowMs),
        SupervisedProperties.CircuitBreakerThreshold => Number(options.CircuitBreakerThreshold),
        SupervisedProperties.CircuitBreakerDurationMs => Number(options.CircuitBreakerDurationMs),
        SupervisedProperties.HeartbeatTimeoutMs => Number(options.HeartbeatTimeoutMs),
        _ => string.Empty,
    };

    /// <summary>The listed type the problem points at, as the user wrote it.</summary>
    private static string Listed(OptionProblem problem, WorkerOptions options)
    {
        var list = problem.Property == SupervisedProperties.RestartOn ? options.RestartOn : options.StopOn;
        return list is { } types && problem.Index is { } index && index < types.Count ? types[index].DisplayName : "a type";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

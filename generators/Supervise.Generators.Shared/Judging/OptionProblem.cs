namespace Supervise.Generators.Judging;

/// <summary>An attribute value a supervisor cannot run with.</summary>
/// <param name="Kind">Which rule it breaks.</param>
/// <param name="Property">The attribute property that holds it (see <see cref="SupervisedProperties"/>).</param>
/// <param name="Index">For <c>StopOn</c>/<c>RestartOn</c>, the position of the offending type; otherwise null.</param>
/// <param name="RelatedIndex">For <see cref="OptionProblemKind.CoveredByEarlierBase"/>, the position of that base type.</param>
internal readonly record struct OptionProblem(OptionProblemKind Kind, string Property, int? Index = null, int? RelatedIndex = null);

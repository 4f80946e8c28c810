namespace Supervise.Generators.Parsing;

/// <summary>An attribute value a supervisor cannot run with.</summary>
/// <param name="Property">The attribute property that holds it.</param>
/// <param name="Index">For <c>StopOn</c>/<c>RestartOn</c>, the position of the offending type; otherwise null.</param>
/// <param name="Message">What is wrong, as a sentence fragment for the diagnostic.</param>
internal readonly record struct OptionProblem(string Property, int? Index, string Message);

namespace Supervise.Analyzers.Workers;

/// <summary>What a rule would report, and the operation it is about, so that another rule can tell whether it covers the same root cause.</summary>
/// <param name="Site">The call, loop or lambda the diagnostic is about.</param>
/// <param name="Diagnostic">The diagnostic, made but not yet reported.</param>
internal readonly record struct Finding(IOperation Site, Diagnostic Diagnostic);

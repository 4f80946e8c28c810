namespace Supervise.Analyzers;

/// <summary>
/// One SUP rule: its descriptor and what it reports. Rules come in two families, each run by one analyzer
/// that works out once what all its rules look at: the usage rules (<see cref="Usage.SupervisedUsageAnalyzer"/>)
/// and the worker rules (<see cref="Workers.WorkerRulesAnalyzer"/>).
/// </summary>
internal abstract class SupervisedRule(DiagnosticDescriptor descriptor)
{
    public DiagnosticDescriptor Descriptor { get; } = descriptor;
}

namespace Supervise.Analyzers.Workers;

/// <summary>A worker rule (SUP100–SUP107): checks one worker body, from the facts its <see cref="Worker"/> gathers once for all rules.</summary>
internal abstract class WorkerRule(DiagnosticDescriptor descriptor) : SupervisedRule(descriptor)
{
    public abstract void Analyze(WorkerContext context);
}

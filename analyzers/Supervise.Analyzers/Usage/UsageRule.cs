namespace Supervise.Analyzers.Usage;

/// <summary>A usage rule (SUP001–SUP005): words what the judge found about one <c>[Supervised]</c> method.</summary>
internal abstract class UsageRule(DiagnosticDescriptor descriptor) : SupervisedRule(descriptor)
{
    public abstract void Report(UsageContext context);
}

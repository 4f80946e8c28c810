namespace Supervise.Analyzers.Usage;

/// <summary>A supervision group rule (SUP010–SUP016): words what the judge and the group rules found about one type.</summary>
internal abstract class GroupRule(DiagnosticDescriptor descriptor) : SupervisedRule(descriptor)
{
    public abstract void Report(GroupUsageContext context);
}

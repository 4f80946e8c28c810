namespace Supervise.Analyzers.Usage;

/// <summary>SUP001: a <c>[Supervised]</c> worker whose type, or a type containing it, is not <c>partial</c>.</summary>
internal sealed class ContainingTypeNotPartialRule() : UsageRule(DiagnosticDescriptors.ContainingTypeNotPartial)
{
    public override void Report(UsageContext context)
    {
        foreach (var rejection in context.Verdict.Rejections)
        {
            if (rejection is Rejection.NotPartial notPartial)
            {
                context.Report(Diagnostic.Create(
                    Descriptor,
                    context.MethodLocation,
                    notPartial.Type.Locations,
                    context.Method.Name,
                    notPartial.Type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
            }
        }
    }
}

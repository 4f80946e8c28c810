namespace Supervise.CodeFixes;

/// <summary>
/// SUP100: gives the worker a <c>CancellationToken stoppingToken</c> parameter. The generated loop
/// passes it; other callers, if any, must then pass a token too.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddStopTokenParameterCodeFix)), Shared]
public sealed class AddStopTokenParameterCodeFix() : SupervisedCodeFix(DiagnosticIds.MissingStopToken)
{
    private protected override IEnumerable<FixOffer> Offer(FixSite site)
    {
        // A partial method has two signatures to change at once; that is left to the developer.
        if (site.Node.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { ParameterList.Parameters.Count: 0 } method
            && !method.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            yield return FixOffer.RewriteRoot("AddParameter", "Add a CancellationToken parameter", site.Document, (root, model) => AddParameter(root, model, method));
        }
    }

    private static SyntaxNode AddParameter(SyntaxNode root, SemanticModel? model, MethodDeclarationSyntax method)
    {
        var inScope = TypeNames.IsInScope(model, method.SpanStart, "System.Threading", "CancellationToken");
        var parameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier("stoppingToken"))
            .WithType(SyntaxFactory.ParseTypeName("CancellationToken").WithTrailingTrivia(SyntaxFactory.Space));
        var updated = root.ReplaceNode(method, method.AddParameterListParameters(parameter));
        return !inScope && updated is CompilationUnitSyntax unit ? TypeNames.AddUsing(unit, "System.Threading") : updated;
    }
}

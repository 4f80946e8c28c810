namespace Supervise.CodeFixes;

/// <summary>SUP106, or SUP002 for a <c>[Supervised]</c> one: an <c>async void</c> worker returns <c>Task</c> instead, so the supervisor sees it end and fail.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReturnTaskFromAsyncVoidCodeFix)), Shared]
public sealed class ReturnTaskFromAsyncVoidCodeFix() : SupervisedCodeFix(DiagnosticIds.WorkerNeverEnds, DiagnosticIds.UnsupportedWorkerSignature)
{
    private protected override IEnumerable<FixOffer> Offer(FixSite site)
    {
        if (site.Property(DiagnosticPropertyNames.FixKind) == FixKinds.ReturnTask
            && site.Node.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { ReturnType: PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword } } method)
        {
            yield return FixOffer.Replace(
                "ReturnTask",
                "Return Task instead of void",
                site.Document,
                method,
                model => method.WithReturnType(TypeNames.At(model, method.SpanStart, "System.Threading.Tasks", "Task").WithTriviaFrom(method.ReturnType)));
        }
    }
}

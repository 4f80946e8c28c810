using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Supervise.Analyzers;

namespace Supervise.CodeFixes;

/// <summary>SUP106: an <c>async void</c> worker returns <c>Task</c> instead, so the supervisor sees it end and fail.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReturnTaskFromAsyncVoidCodeFix)), Shared]
public sealed class ReturnTaskFromAsyncVoidCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = DiagnosticIds.WorkerNeverEnds + ".ReturnTask";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.WorkerNeverEnds);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.FixKind, out var fixKind)
                || fixKind != FixKinds.ReturnTask
                || root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { ReturnType: PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword } } method)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Return Task instead of void", token => ReturnTaskAsync(context.Document, method, token), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> ReturnTaskAsync(Document document, MethodDeclarationSyntax method, System.Threading.CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var task = TypeNames.At(model, method.SpanStart, "System.Threading.Tasks", "Task").WithTriviaFrom(method.ReturnType);
        return document.WithSyntaxRoot(root.ReplaceNode(method, method.WithReturnType(task)));
    }
}

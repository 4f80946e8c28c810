using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Supervise.Analyzers;

namespace Supervise.CodeFixes;

/// <summary>
/// SUP100: gives the worker a <c>CancellationToken stoppingToken</c> parameter. The generated loop
/// passes it; other callers, if any, must then pass a token too.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddStopTokenParameterCodeFix)), Shared]
public sealed class AddStopTokenParameterCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = DiagnosticIds.MissingStopToken + ".AddParameter";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MissingStopToken);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        // A partial method has two signatures to change at once; that is left to the developer.
        if (root?.FindNode(context.Span).FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { ParameterList.Parameters.Count: 0 } method
            || method.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create("Add a CancellationToken parameter", token => AddParameterAsync(context.Document, method, token), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> AddParameterAsync(Document document, MethodDeclarationSyntax method, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var inScope = TypeNames.IsInScope(model, method.SpanStart, "System.Threading", "CancellationToken");
        var parameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier("stoppingToken"))
            .WithType(SyntaxFactory.ParseTypeName("CancellationToken").WithTrailingTrivia(SyntaxFactory.Space));
        var updated = root.ReplaceNode(method, method.AddParameterListParameters(parameter));
        if (!inScope && updated is CompilationUnitSyntax unit)
        {
            updated = TypeNames.AddUsing(unit, "System.Threading");
        }

        return document.WithSyntaxRoot(updated);
    }
}

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
/// SUP105: filters the stop out of the catch. A catch of any exception gets
/// <c>when (ex is not OperationCanceledException)</c>; a catch of <c>OperationCanceledException</c> gets
/// <c>when (!token.IsCancellationRequested)</c>, so it still handles cancellations that are not the stop.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FilterCancellationFromCatchCodeFix)), Shared]
public sealed class FilterCancellationFromCatchCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = DiagnosticIds.CatchSwallowsCancellation + ".Filter";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CatchSwallowsCancellation);

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
                || !diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.StopToken, out var stopToken)
                || stopToken is null
                || root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not CatchClauseSyntax catchClause)
            {
                continue;
            }

            var title = fixKind == FixKinds.ExcludeStop
                ? $"Let the stop through: catch only when '{stopToken}' is not cancelled"
                : "Let the stop through: filter out OperationCanceledException";
            context.RegisterCodeFix(
                CodeAction.Create(title, token => FilterAsync(context.Document, catchClause, fixKind == FixKinds.ExcludeStop, stopToken, token), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> FilterAsync(Document document, CatchClauseSyntax catchClause, bool excludeStopOnly, string stopToken, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var updated = catchClause;
        ExpressionSyntax condition;
        if (excludeStopOnly)
        {
            condition = SyntaxFactory.ParseExpression($"!{stopToken}.IsCancellationRequested");
        }
        else
        {
            var declaration = catchClause.Declaration;
            string name;
            if (declaration is not null && declaration.Identifier.ValueText.Length > 0)
            {
                name = declaration.Identifier.ValueText;
            }
            else
            {
                name = FreeName(model, catchClause.Block.SpanStart);
                var trailing = declaration?.GetTrailingTrivia() ?? catchClause.CatchKeyword.TrailingTrivia;
                var identifier = SyntaxFactory.Identifier(SyntaxFactory.TriviaList(SyntaxFactory.Space), name, SyntaxFactory.TriviaList());
                var newDeclaration = declaration is null
                    ? SyntaxFactory.CatchDeclaration(Plain(SyntaxKind.OpenParenToken), TypeNames.At(model, catchClause.SpanStart, "System", "Exception"), identifier, Plain(SyntaxKind.CloseParenToken))
                    : declaration.WithIdentifier(identifier);
                updated = updated
                    .WithCatchKeyword(updated.CatchKeyword.WithTrailingTrivia(SyntaxFactory.Space))
                    .WithDeclaration(newDeclaration.WithTrailingTrivia(trailing));
            }

            var csharpNine = ((CSharpParseOptions)catchClause.SyntaxTree.Options).LanguageVersion >= LanguageVersion.CSharp9;
            var canceled = TypeNames.At(model, catchClause.SpanStart, "System", "OperationCanceledException");
            condition = SyntaxFactory.ParseExpression(csharpNine ? $"{name} is not {canceled}" : $"!({name} is {canceled})");
        }

        if (updated.Filter is { } existing)
        {
            var combined = SyntaxFactory.BinaryExpression(
                SyntaxKind.LogicalAndExpression,
                condition,
                BindsTighterThanAnd(existing.FilterExpression)
                    ? existing.FilterExpression.WithoutTrivia()
                    : SyntaxFactory.ParenthesizedExpression(existing.FilterExpression.WithoutTrivia()));
            updated = updated.WithFilter(existing.WithFilterExpression(combined));
        }
        else
        {
            var beforeBlock = updated.Declaration?.GetTrailingTrivia() ?? updated.CatchKeyword.TrailingTrivia;
            var filter = SyntaxFactory.CatchFilterClause(
                Plain(SyntaxKind.WhenKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                Plain(SyntaxKind.OpenParenToken),
                condition,
                Plain(SyntaxKind.CloseParenToken).WithTrailingTrivia(beforeBlock));
            updated = updated.Declaration is { } declared
                ? updated.WithDeclaration(declared.WithTrailingTrivia(SyntaxFactory.Space)).WithFilter(filter)
                : updated.WithCatchKeyword(updated.CatchKeyword.WithTrailingTrivia(SyntaxFactory.Space)).WithFilter(filter);
        }

        return document.WithSyntaxRoot(root.ReplaceNode(catchClause, updated));
    }

    private static bool BindsTighterThanAnd(ExpressionSyntax expression) =>
        expression is not (BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression or (int)SyntaxKind.CoalesceExpression }
            or ConditionalExpressionSyntax or AssignmentExpressionSyntax or SimpleLambdaExpressionSyntax or ParenthesizedLambdaExpressionSyntax);

    /// <summary>A token without the elastic trivia that would invite the formatter to move the catch's brace.</summary>
    private static SyntaxToken Plain(SyntaxKind kind) => SyntaxFactory.Token(SyntaxFactory.TriviaList(), kind, SyntaxFactory.TriviaList());

    private static string FreeName(SemanticModel? model, int position)
    {
        foreach (var candidate in new[] { "ex", "exception", "caught" })
        {
            if (model is null || model.LookupSymbols(position, name: candidate).IsEmpty)
            {
                return candidate;
            }
        }

        return "caughtException";
    }
}

using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Supervise.Analyzers;

namespace Supervise.CodeFixes;

/// <summary>
/// SUP103, two ways: loop while the token is not cancelled (<c>while (true)</c> becomes
/// <c>while (!token.IsCancellationRequested)</c>), or throw at the top of each turn with
/// <c>token.ThrowIfCancellationRequested()</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ObserveCancellationInLoopCodeFix)), Shared]
public sealed class ObserveCancellationInLoopCodeFix : CodeFixProvider
{
    public const string LoopConditionKey = DiagnosticIds.LoopIgnoresCancellation + ".LoopCondition";
    public const string ThrowIfCancelledKey = DiagnosticIds.LoopIgnoresCancellation + ".ThrowIfCancellationRequested";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LoopIgnoresCancellation);

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
            if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.StopToken, out var stopToken)
                || stopToken is null
                || root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not StatementSyntax loop
                || loop is not (WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Loop while '{stopToken}' is not cancelled",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(loop, WithCondition(loop, stopToken)))),
                    LoopConditionKey),
                diagnostic);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Call '{stopToken}.ThrowIfCancellationRequested()' on each turn",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(loop, WithThrowIfCancelled(loop, stopToken)))),
                    ThrowIfCancelledKey),
                diagnostic);
        }
    }

    private static StatementSyntax WithCondition(StatementSyntax loop, string stopToken)
    {
        var notCancelled = SyntaxFactory.ParseExpression($"!{stopToken}.IsCancellationRequested");
        ExpressionSyntax Combine(ExpressionSyntax? condition) => condition is null or LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression }
            ? notCancelled.WithTriviaFrom(condition ?? notCancelled)
            : SyntaxFactory.BinaryExpression(
                SyntaxKind.LogicalAndExpression,
                Parenthesize(condition).WithoutTrailingTrivia(),
                notCancelled).WithTriviaFrom(condition);

        return loop switch
        {
            WhileStatementSyntax whileLoop => whileLoop.WithCondition(Combine(whileLoop.Condition)),
            DoStatementSyntax doLoop => doLoop.WithCondition(Combine(doLoop.Condition)),
            ForStatementSyntax forLoop => forLoop.WithCondition(Combine(forLoop.Condition))
                .WithFirstSemicolonToken(forLoop.Condition is null ? forLoop.FirstSemicolonToken.WithTrailingTrivia(SyntaxFactory.Space) : forLoop.FirstSemicolonToken),
            _ => loop,
        };
    }

    private static string LineEnding(BlockSyntax block)
    {
        foreach (var trivia in block.OpenBraceToken.TrailingTrivia)
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia.ToString();
            }
        }

        return "\n";
    }

    private static ExpressionSyntax Parenthesize(ExpressionSyntax condition) =>
        condition is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } or ConditionalExpressionSyntax or AssignmentExpressionSyntax
            ? SyntaxFactory.ParenthesizedExpression(condition.WithoutTrivia())
            : condition;

    private static StatementSyntax WithThrowIfCancelled(StatementSyntax loop, string stopToken)
    {
        var check = SyntaxFactory.ParseStatement($"{stopToken}.ThrowIfCancellationRequested();");
        StatementSyntax Prepend(StatementSyntax body) => body is BlockSyntax { Statements.Count: > 0 } block
            ? block.WithStatements(block.Statements.Insert(0, check
                .WithLeadingTrivia(block.Statements[0].GetLeadingTrivia())
                .WithTrailingTrivia(SyntaxFactory.EndOfLine(LineEnding(block)))))
            : body is BlockSyntax empty
                ? empty.WithStatements(SyntaxFactory.SingletonList(check)).WithAdditionalAnnotations(Formatter.Annotation)
                : SyntaxFactory.Block(check, body.WithoutTrivia()).WithTriviaFrom(body).WithAdditionalAnnotations(Formatter.Annotation);

        return loop switch
        {
            WhileStatementSyntax whileLoop => whileLoop.WithStatement(Prepend(whileLoop.Statement)),
            DoStatementSyntax doLoop => doLoop.WithStatement(Prepend(doLoop.Statement)),
            ForStatementSyntax forLoop => forLoop.WithStatement(Prepend(forLoop.Statement)),
            _ => loop,
        };
    }
}

using Microsoft.CodeAnalysis.Formatting;

namespace Supervise.CodeFixes;

/// <summary>
/// SUP103, two ways: loop while the token is not cancelled (<c>while (true)</c> becomes
/// <c>while (!token.IsCancellationRequested)</c>), or throw at the top of each turn with
/// <c>token.ThrowIfCancellationRequested()</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ObserveCancellationInLoopCodeFix)), Shared]
public sealed class ObserveCancellationInLoopCodeFix() : SupervisedCodeFix(DiagnosticIds.LoopIgnoresCancellation)
{
    public const string LoopConditionKey = DiagnosticIds.LoopIgnoresCancellation + "." + LoopCondition;
    public const string ThrowIfCancelledKey = DiagnosticIds.LoopIgnoresCancellation + "." + ThrowIfCancelled;

    private const string LoopCondition = nameof(LoopCondition);
    private const string ThrowIfCancelled = nameof(ThrowIfCancelled);

    private protected override IEnumerable<FixOffer> Offer(FixSite site)
    {
        if (site.Property(DiagnosticPropertyNames.StopToken) is not { } stopToken
            || site.TokenParent is not StatementSyntax loop
            || loop is not (WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax))
        {
            yield break;
        }

        yield return FixOffer.Replace(LoopCondition, $"Loop while '{stopToken}' is not cancelled", site.Document, loop, _ => WithCondition(loop, stopToken));
        yield return FixOffer.Replace(ThrowIfCancelled, $"Call '{stopToken}.ThrowIfCancellationRequested()' on each turn", site.Document, loop, _ => WithThrowIfCancelled(loop, stopToken));
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

namespace Supervise.CodeFixes;

/// <summary>
/// SUP105: filters the stop out of the catch. A catch of any exception gets
/// <c>when (ex is not OperationCanceledException)</c>; a catch of <c>OperationCanceledException</c> gets
/// <c>when (!token.IsCancellationRequested)</c>, so it still handles cancellations that are not the stop.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FilterCancellationFromCatchCodeFix)), Shared]
public sealed class FilterCancellationFromCatchCodeFix() : SupervisedCodeFix(DiagnosticIds.CatchSwallowsCancellation)
{
    private protected override IEnumerable<FixOffer> Offer(FixSite site)
    {
        if (site.Property(DiagnosticPropertyNames.FixKind) is not { } fixKind
            || site.Property(DiagnosticPropertyNames.StopToken) is not { } stopToken
            || site.TokenParent is not CatchClauseSyntax catchClause)
        {
            yield break;
        }

        var excludeStopOnly = fixKind == FixKinds.ExcludeStop;
        var title = excludeStopOnly
            ? $"Let the stop through: catch only when '{stopToken}' is not cancelled"
            : "Let the stop through: filter out OperationCanceledException";
        yield return FixOffer.Replace("Filter", title, site.Document, catchClause, model => Filter(model, catchClause, excludeStopOnly, stopToken));
    }

    private static CatchClauseSyntax Filter(SemanticModel? model, CatchClauseSyntax catchClause, bool excludeStopOnly, string stopToken)
    {
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

        return updated;
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

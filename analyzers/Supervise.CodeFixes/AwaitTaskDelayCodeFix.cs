namespace Supervise.CodeFixes;

/// <summary>SUP104: in an async worker, <c>Thread.Sleep(x)</c> becomes <c>await Task.Delay(x, token)</c>, which frees the thread and ends at a stop.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AwaitTaskDelayCodeFix)), Shared]
public sealed class AwaitTaskDelayCodeFix() : SupervisedCodeFix(DiagnosticIds.BlockingWait)
{
    private protected override IEnumerable<FixOffer> Offer(FixSite site)
    {
        if (site.Property(DiagnosticPropertyNames.FixKind) != FixKinds.AwaitDelay
            || site.Node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { Parent: ExpressionStatementSyntax } sleep)
        {
            yield break;
        }

        var stopToken = site.Property(DiagnosticPropertyNames.StopToken);
        yield return FixOffer.Replace(
            "AwaitTaskDelay",
            stopToken is null ? "Await Task.Delay instead" : $"Await Task.Delay with '{stopToken}' instead",
            site.Document,
            sleep,
            model => AwaitDelay(sleep, stopToken, TypeNames.At(model, sleep.SpanStart, "System.Threading.Tasks", "Task")));
    }

    private static ExpressionSyntax AwaitDelay(InvocationExpressionSyntax sleep, string? stopToken, TypeSyntax task)
    {
        var arguments = sleep.ArgumentList.Arguments;
        if (stopToken is not null)
        {
            arguments = SyntaxFactory.SeparatedList<ArgumentSyntax>(arguments.GetWithSeparators()
                .Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space))
                .Add(SyntaxFactory.Argument(SyntaxFactory.ParseExpression(stopToken))));
        }

        var delay = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, task, SyntaxFactory.IdentifierName("Delay")),
            sleep.ArgumentList.WithArguments(arguments));
        return SyntaxFactory.AwaitExpression(SyntaxFactory.Token(SyntaxKind.AwaitKeyword).WithTrailingTrivia(SyntaxFactory.Space), delay)
            .WithTriviaFrom(sleep);
    }
}

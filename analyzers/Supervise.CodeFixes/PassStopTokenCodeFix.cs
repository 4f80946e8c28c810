using System.Globalization;

namespace Supervise.CodeFixes;

/// <summary>
/// SUP102, and SUP106 for an infinite delay: passes the stop token, as the analyzer says how (a last
/// argument, a named one, a replaced <c>CancellationToken.None</c>, or <c>.WithCancellation(token)</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PassStopTokenCodeFix)), Shared]
public sealed class PassStopTokenCodeFix() : SupervisedCodeFix(DiagnosticIds.StopTokenNotForwarded, DiagnosticIds.WorkerNeverEnds)
{
    private protected override IEnumerable<FixOffer> Offer(FixSite site)
    {
        if (site.Property(DiagnosticPropertyNames.FixKind) is { } fixKind
            && site.Property(DiagnosticPropertyNames.StopToken) is { } stopToken
            && Rewrite(site.Node, fixKind, stopToken, site.Diagnostic) is var (original, replacement))
        {
            yield return FixOffer.Replace("PassStopToken", $"Pass '{stopToken}'", site.Document, original, _ => replacement);
        }
    }

    private static (SyntaxNode Original, SyntaxNode Replacement)? Rewrite(SyntaxNode node, string fixKind, string stopToken, Diagnostic diagnostic)
    {
        var token = SyntaxFactory.ParseExpression(stopToken);
        if (fixKind == FixKinds.WithCancellation)
        {
            if (node is not ExpressionSyntax collection)
            {
                return null;
            }

            var receiver = collection is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax
                ? collection.WithoutTrivia()
                : SyntaxFactory.ParenthesizedExpression(collection.WithoutTrivia());
            var withCancellation = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName("WithCancellation")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(token))));
            return (collection, withCancellation.WithTriviaFrom(collection));
        }

        if (node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } invocation)
        {
            return null;
        }

        var arguments = invocation.ArgumentList.Arguments;
        if (fixKind == FixKinds.ReplaceArgument)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.ArgumentIndex, out var indexText)
                || !int.TryParse(indexText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index)
                || index < 0 || index >= arguments.Count)
            {
                return null;
            }

            var replaced = arguments[index].WithExpression(token.WithTriviaFrom(arguments[index].Expression));
            return (invocation.ArgumentList, invocation.ArgumentList.WithArguments(arguments.Replace(arguments[index], replaced)));
        }

        var argument = SyntaxFactory.Argument(token);
        if (fixKind == FixKinds.NamedArgument)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.ParameterName, out var parameterName) || string.IsNullOrEmpty(parameterName))
            {
                return null;
            }

            argument = argument.WithNameColon(SyntaxFactory.NameColon(SyntaxFactory.IdentifierName(parameterName!)));
        }

        var separated = arguments.Count == 0
            ? arguments.Add(argument)
            : SyntaxFactory.SeparatedList<ArgumentSyntax>(arguments.GetWithSeparators()
                .Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space))
                .Add(argument));
        return (invocation.ArgumentList, invocation.ArgumentList.WithArguments(separated));
    }
}

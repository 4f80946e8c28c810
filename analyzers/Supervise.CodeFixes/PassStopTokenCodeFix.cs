using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
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
/// SUP102, and SUP106 for an infinite delay: passes the stop token, as the analyzer says how (a last
/// argument, a named one, a replaced <c>CancellationToken.None</c>, or <c>.WithCancellation(token)</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PassStopTokenCodeFix)), Shared]
public sealed class PassStopTokenCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "PassStopToken";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.StopTokenNotForwarded, DiagnosticIds.WorkerNeverEnds);

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
                || fixKind is null || stopToken is null
                || Rewrite(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true), fixKind, stopToken, diagnostic) is not { } rewrite)
            {
                continue;
            }

            var (original, replacement) = rewrite;
            context.RegisterCodeFix(
                CodeAction.Create($"Pass '{stopToken}'", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(original, replacement))), EquivalenceKey),
                diagnostic);
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

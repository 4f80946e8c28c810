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

/// <summary>SUP104: in an async worker, <c>Thread.Sleep(x)</c> becomes <c>await Task.Delay(x, token)</c>, which frees the thread and ends at a stop.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AwaitTaskDelayCodeFix)), Shared]
public sealed class AwaitTaskDelayCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = DiagnosticIds.BlockingWait + ".AwaitTaskDelay";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.BlockingWait);

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
                || fixKind != FixKinds.AwaitDelay
                || root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { Parent: ExpressionStatementSyntax } sleep)
            {
                continue;
            }

            diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.StopToken, out var stopToken);
            context.RegisterCodeFix(
                CodeAction.Create(
                    stopToken is null ? "Await Task.Delay instead" : $"Await Task.Delay with '{stopToken}' instead",
                    token => AwaitDelayAsync(context.Document, sleep, stopToken, token),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> AwaitDelayAsync(Document document, InvocationExpressionSyntax sleep, string? stopToken, System.Threading.CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var task = TypeNames.At(model, sleep.SpanStart, "System.Threading.Tasks", "Task");
        return document.WithSyntaxRoot(root.ReplaceNode(sleep, AwaitDelay(sleep, stopToken, task)));
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

using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Operations;
using Supervise.Analyzers.Workers;

namespace Supervise.CodeFixes;

/// <summary>
/// SUP110: gives the helper a <c>CancellationToken cancellationToken</c> parameter (with a default when other
/// code calls it too, so that code still compiles), passes it to the calls inside that take a token, and passes
/// the worker's stop token at the reported call. Offered when the API is called in the helper itself.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddTokenToHelperCodeFix)), Shared]
public sealed class AddTokenToHelperCodeFix() : SupervisedCodeFix(DiagnosticIds.TokenStopsAtHelper)
{
    private const string ParameterName = "cancellationToken";

    private protected override IEnumerable<FixOffer> Offer(FixSite site)
    {
        if (site.Property(DiagnosticPropertyNames.FixKind) == FixKinds.AddTokenToHelper
            && site.Property(DiagnosticPropertyNames.StopToken) is { } stopToken
            && site.Node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } call)
        {
            yield return new FixOffer("AddTokenToHelper", "Give the helper a CancellationToken and pass it on", token => FixAsync(site.Document, call, stopToken, token));
        }
    }

    private static async Task<Solution> FixAsync(Document document, InvocationExpressionSyntax call, string stopToken, CancellationToken cancellationToken)
    {
        var solution = document.Project.Solution;
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model?.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol { DeclaringSyntaxReferences: { Length: 1 } references } helper
            || helper.Parameters.Any(parameter => parameter.IsParams || parameter.Name == ParameterName)
            || await references[0].GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not MethodDeclarationSyntax declaration
            || solution.GetDocument(declaration.SyntaxTree) is not { } helperDocument
            || await helperDocument.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } helperModel
            || WorkerSymbols.Resolve(helperModel.Compilation, () => true) is not { } symbols)
        {
            return solution;
        }

        var needsDefault = helper.Parameters.Any(parameter => parameter.IsOptional) || await HasOtherCallersAsync(helper, call, solution, cancellationToken).ConfigureAwait(false);
        var editor = new SolutionEditor(solution);
        var helperEditor = await editor.GetDocumentEditorAsync(helperDocument.Id, cancellationToken).ConfigureAwait(false);

        var parameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier(ParameterName))
            .WithType(TypeNames.At(helperModel, declaration.SpanStart, "System.Threading", "CancellationToken").WithTrailingTrivia(SyntaxFactory.Space));
        if (needsDefault)
        {
            parameter = parameter.WithDefault(SyntaxFactory.EqualsValueClause(SyntaxFactory.LiteralExpression(SyntaxKind.DefaultLiteralExpression, SyntaxFactory.Token(SyntaxKind.DefaultKeyword))));
        }

        helperEditor.ReplaceNode(declaration.ParameterList, declaration.ParameterList.AddParameters(parameter));
        foreach (var inner in declaration.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (helperModel.GetOperation(inner, cancellationToken) is IInvocationOperation operation
                && TokenForwarding.TryFind(operation, symbols, helper.ContainingType, out var fixKind, out var parameterName))
            {
                // Given the list as earlier edits left it, so a call nested in another's arguments keeps its own token.
                var named = fixKind == FixKinds.NamedArgument ? parameterName : null;
                helperEditor.ReplaceNode(inner.ArgumentList, (current, _) => Pass((ArgumentListSyntax)current, ParameterName, named));
            }
        }

        var callEditor = await editor.GetDocumentEditorAsync(document.Id, cancellationToken).ConfigureAwait(false);
        callEditor.ReplaceNode(call.ArgumentList, Pass(call.ArgumentList, stopToken, named: null));
        return editor.GetChangedSolution();
    }

    /// <summary>The argument list with the token added last, by position or by name.</summary>
    private static ArgumentListSyntax Pass(ArgumentListSyntax list, string token, string? named)
    {
        var argument = SyntaxFactory.Argument(SyntaxFactory.ParseExpression(token));
        if (named is not null)
        {
            argument = argument.WithNameColon(SyntaxFactory.NameColon(SyntaxFactory.IdentifierName(named)));
        }

        var arguments = list.Arguments.Count == 0
            ? list.Arguments.Add(argument)
            : SyntaxFactory.SeparatedList<ArgumentSyntax>(list.Arguments.GetWithSeparators()
                .Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space))
                .Add(argument));
        return list.WithArguments(arguments);
    }

    private static async Task<bool> HasOtherCallersAsync(IMethodSymbol helper, InvocationExpressionSyntax call, Solution solution, CancellationToken cancellationToken)
    {
        foreach (var referenced in await SymbolFinder.FindReferencesAsync(helper, solution, cancellationToken).ConfigureAwait(false))
        {
            foreach (var location in referenced.Locations)
            {
                if (!(location.Location.SourceTree == call.SyntaxTree && call.Span.Contains(location.Location.SourceSpan)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Supervise.CodeFixes;

/// <summary>SUP001: adds <c>partial</c> to the worker's type and every type containing it that lacks it, in every file that declares them.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPartialModifierCodeFix)), Shared]
public sealed class AddPartialModifierCodeFix() : SupervisedCodeFix(DiagnosticIds.ContainingTypeNotPartial)
{
    private protected override IEnumerable<FixOffer> Offer(FixSite site)
    {
        if (site.Node.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { } method)
        {
            yield return new FixOffer("AddPartial", "Make the worker's types partial", token => AddPartialAsync(site.Document, method, token));
        }
    }

    private static async Task<Solution> AddPartialAsync(Document document, MethodDeclarationSyntax method, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var solution = document.Project.Solution;
        if (model?.GetDeclaredSymbol(method, cancellationToken) is not { ContainingType: { } type })
        {
            return solution;
        }

        var declarations = new List<TypeDeclarationSyntax>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            foreach (var reference in current.DeclaringSyntaxReferences)
            {
                if (await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is TypeDeclarationSyntax declaration
                    && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    declarations.Add(declaration);
                }
            }
        }

        foreach (var inTree in declarations.GroupBy(declaration => declaration.SyntaxTree))
        {
            if (solution.GetDocument(inTree.Key) is not { } declaringDocument)
            {
                continue;
            }

            var root = await inTree.Key.GetRootAsync(cancellationToken).ConfigureAwait(false);
            var updated = root.ReplaceNodes(inTree, (_, rewritten) => AddPartial(rewritten));
            solution = solution.WithDocumentSyntaxRoot(declaringDocument.Id, updated);
        }

        return solution;
    }

    /// <summary><c>partial</c> goes last among the modifiers, right before the type keyword, as C# requires.</summary>
    private static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax declaration)
    {
        if (declaration.Modifiers.Count == 0)
        {
            var keyword = declaration.Keyword;
            var partial = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
            return declaration
                .WithKeyword(keyword.WithLeadingTrivia(SyntaxFactory.TriviaList()))
                .WithModifiers(SyntaxFactory.TokenList(partial));
        }

        return declaration.WithModifiers(declaration.Modifiers.Add(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space)));
    }
}

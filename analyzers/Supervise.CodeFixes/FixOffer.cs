using System;
using System.Threading;
using System.Threading.Tasks;

namespace Supervise.CodeFixes;

/// <summary>One fix offered for a diagnostic: the name its equivalence key gets, its title, and its edit.</summary>
internal sealed class FixOffer
{
    public FixOffer(string name, string title, Func<CancellationToken, Task<Solution>> apply)
    {
        Name = name;
        Title = title;
        Apply = apply;
    }

    public string Name { get; }

    public string Title { get; }

    public Func<CancellationToken, Task<Solution>> Apply { get; }

    /// <summary>An edit of one document's root, given the semantic model where the new code must resolve names.</summary>
    public static FixOffer RewriteRoot(string name, string title, Document document, Func<SyntaxNode, SemanticModel?, SyntaxNode> rewrite) =>
        new(name, title, async cancellationToken =>
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document.Project.Solution;
            }

            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            return document.WithSyntaxRoot(rewrite(root, model)).Project.Solution;
        });

    /// <summary>An edit that replaces one node of the document.</summary>
    public static FixOffer Replace(string name, string title, Document document, SyntaxNode node, Func<SemanticModel?, SyntaxNode> replacement) =>
        RewriteRoot(name, title, document, (root, model) => root.ReplaceNode(node, replacement(model)));
}

using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeActions;

namespace Supervise.CodeFixes;

/// <summary>
/// What every Supervise fix does alike: takes the document's root once, asks the fix what it offers for
/// each diagnostic, and registers each offer under an equivalence key that names the rule and the fix
/// (<c>SUP103.LoopCondition</c>), so Fix All applies the one fix of the one rule. Fix All batches.
/// </summary>
public abstract class SupervisedCodeFix : CodeFixProvider
{
    private protected SupervisedCodeFix(params string[] diagnosticIds) =>
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticIds);

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <summary>The equivalence key of a fix of one rule.</summary>
    public static string EquivalenceKey(string diagnosticId, string fixName) => diagnosticId + "." + fixName;

    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var offer in Offer(new FixSite(context.Document, root, diagnostic)))
            {
                context.RegisterCodeFix(CodeAction.Create(offer.Title, offer.Apply, EquivalenceKey(diagnostic.Id, offer.Name)), diagnostic);
            }
        }
    }

    /// <summary>The fixes for one diagnostic; none when the code is not as the analyzer described it.</summary>
    private protected abstract IEnumerable<FixOffer> Offer(FixSite site);
}

using System.Linq;

namespace Supervise.CodeFixes;

/// <summary>
/// SUP006: bounds an <c>Immediate</c> policy with <c>MaxRestarts = 5, RestartWindowMs = 60_000</c> (five
/// restarts a minute, then the supervisor gives up), added after the <c>Policy</c> argument.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRestartLimitCodeFix)), Shared]
public sealed class AddRestartLimitCodeFix() : SupervisedCodeFix(DiagnosticIds.SpinningRestartPolicy)
{
    private const string MaxRestarts = "MaxRestarts";
    private const string RestartWindowMs = "RestartWindowMs";

    private protected override IEnumerable<FixOffer> Offer(FixSite site)
    {
        if (site.Node.FirstAncestorOrSelf<AttributeArgumentSyntax>() is { Parent: AttributeArgumentListSyntax list } policy)
        {
            yield return FixOffer.Replace("AddRestartLimit", "Allow 5 restarts a minute", site.Document, list, _ => AddLimit(list, policy));
        }
    }

    private static AttributeArgumentListSyntax AddLimit(AttributeArgumentListSyntax list, AttributeArgumentSyntax policy)
    {
        var written = new HashSet<string>(list.Arguments.Select(argument => argument.NameEquals?.Name.Identifier.ValueText ?? string.Empty));
        var added = new List<AttributeArgumentSyntax>();
        if (!written.Contains(MaxRestarts))
        {
            added.Add(Named(MaxRestarts, 5, "5"));
        }

        if (!written.Contains(RestartWindowMs))
        {
            added.Add(Named(RestartWindowMs, 60_000, "60_000"));
        }

        // Node and separator, one pair per new argument, right after the Policy argument, keeping the separators as written.
        var items = list.Arguments.GetWithSeparators();
        var position = items.IndexOf(policy) + 1;
        foreach (var argument in added)
        {
            items = items.Insert(position++, SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
            items = items.Insert(position++, argument);
        }

        return list.WithArguments(SyntaxFactory.SeparatedList<AttributeArgumentSyntax>(items));
    }

    private static AttributeArgumentSyntax Named(string name, int value, string text) =>
        SyntaxFactory.AttributeArgument(
            SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(name)),
            nameColon: null,
            SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(text, value)))
        .NormalizeWhitespace();
}

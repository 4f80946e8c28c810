using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Supervise.Analyzers.Tests.CorpusScoring;

/// <summary>A corpus method and the verdict written above it before any rule ran: the defect kinds, or none for <c>clean</c>.</summary>
internal sealed record TaggedMethod(string File, string Type, string Name, TextSpan Span, TextSpan TypeSpan, IReadOnlyList<string> Kinds)
{
    private const string Marker = "// expect:";

    public string Display => $"{File}: {Type}.{Name}";

    /// <summary>Every method of <paramref name="root"/> with an <c>// expect:</c> comment among its leading trivia.</summary>
    public static IReadOnlyList<TaggedMethod> FindIn(string file, SyntaxNode root)
    {
        var tagged = new List<TaggedMethod>();
        foreach (var method in root.DescendantNodes().OfType<BaseMethodDeclarationSyntax>())
        {
            var comment = method.GetLeadingTrivia()
                .Select(trivia => trivia.ToString().Trim())
                .LastOrDefault(text => text.StartsWith(Marker, StringComparison.Ordinal));
            if (comment is null || method.Parent is not TypeDeclarationSyntax type)
            {
                continue;
            }

            var kinds = comment[Marker.Length..]
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(kind => kind != DefectKinds.Clean)
                .ToList();
            foreach (var kind in kinds)
            {
                if (!DefectKinds.RuleFor.ContainsKey(kind))
                {
                    throw new InvalidOperationException($"{file}: '{kind}' on {NameOf(method)} is no defect kind of DefectKinds.");
                }
            }

            tagged.Add(new TaggedMethod(file, type.Identifier.Text, NameOf(method), method.Span, type.Span, kinds));
        }

        return tagged;
    }

    private static string NameOf(BaseMethodDeclarationSyntax method) => method switch
    {
        MethodDeclarationSyntax named => named.Identifier.Text,
        ConstructorDeclarationSyntax constructor => constructor.Identifier.Text,
        _ => method.Kind().ToString(),
    };
}

using System.Linq;

namespace Supervise.CodeFixes;

/// <summary>Writes a BCL type as the file at hand can refer to it: by its short name when a using brings it in, qualified otherwise.</summary>
internal static class TypeNames
{
    public static bool IsInScope(SemanticModel? model, int position, string ns, string name) =>
        model is not null
        && model.LookupNamespacesAndTypes(position, name: name).Any(symbol => symbol is INamedTypeSymbol type && type.ContainingNamespace.ToDisplayString() == ns);

    public static TypeSyntax At(SemanticModel? model, int position, string ns, string name) =>
        SyntaxFactory.ParseTypeName(IsInScope(model, position, ns, name) ? name : ns + "." + name);

    /// <summary>Adds <c>using <paramref name="ns"/>;</c> among the file's usings, <c>System</c> ones first, when it is not there yet.</summary>
    public static CompilationUnitSyntax AddUsing(CompilationUnitSyntax root, string ns)
    {
        if (root.Usings.Any(existing => existing.Alias is null && existing.StaticKeyword.RawKind == 0 && existing.Name?.ToString() == ns))
        {
            return root;
        }

        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(ns).WithLeadingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"));
        var index = 0;
        while (index < root.Usings.Count && root.Usings[index].Alias is null && Compare(root.Usings[index].Name?.ToString() ?? string.Empty, ns) < 0)
        {
            index++;
        }

        return root.WithUsings(root.Usings.Insert(index, directive));
    }

    private static int Compare(string left, string right)
    {
        var leftIsSystem = left == "System" || left.StartsWith("System.", System.StringComparison.Ordinal);
        var rightIsSystem = right == "System" || right.StartsWith("System.", System.StringComparison.Ordinal);
        return leftIsSystem != rightIsSystem ? (leftIsSystem ? -1 : 1) : string.CompareOrdinal(left, right);
    }
}

using Microsoft.CodeAnalysis;

namespace Supervise.Analyzers.Usage;

/// <summary>
/// Recognises what the Supervise generator added to the compilation. The analyzers run after it and
/// see its supervisor properties; the generator ran before them and did not, so they are no clash.
/// </summary>
internal static class GeneratorOutput
{
    // The compiler names generated files <generator assembly>/<generator type>/<hint name>.
    private const string PathSegment = "Supervise.Generators/Supervise.Generators.SupervisedGenerator/";

    public static bool IsOwn(ISymbol member)
    {
        var references = member.DeclaringSyntaxReferences;
        if (references.IsEmpty)
        {
            return false;
        }

        foreach (var reference in references)
        {
            if (!IsGeneratedTree(reference.SyntaxTree))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsGeneratedTree(SyntaxTree tree) =>
        tree.FilePath.Replace('\\', '/').Contains(PathSegment);
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Supervise.Generators.Tests.Support;

/// <summary>What a generator run wrote, file by file, read back from the compilation it went into.</summary>
internal static class GeneratedFiles
{
    /// <summary>
    /// Asserts that the run wrote exactly one file per supervised type: as many files as the grouping step
    /// made types, names that differ even ignoring case, and no two files that extend the same type.
    /// </summary>
    public static void AssertOnePerSupervisedType(GeneratorDriverRunResult result, Compilation output, string context)
    {
        var run = result.Results.Single();
        Assert.True(run.Exception is null, $"{context}: {run.Exception}");
        Assert.Empty(result.Diagnostics);

        var types = run.TrackedSteps.TryGetValue(TrackingNames.SupervisedTypes, out var steps) ? steps.SelectMany(step => step.Outputs).Count(output => output.Reason != IncrementalStepRunReason.Removed) : 0;
        Assert.True(types == run.GeneratedSources.Length, $"{context}: {types} supervised types, {run.GeneratedSources.Length} files");

        var names = run.GeneratedSources.Select(source => source.HintName).ToList();
        Assert.True(names.Distinct(StringComparer.OrdinalIgnoreCase).Count() == names.Count, $"{context}: hint names {string.Join(", ", names)}");

        // Code broken enough may leave a file's type unresolved; the others must still be told apart.
        var targets = run.GeneratedSources.Select(source => TargetOf(source, output)).OfType<ISymbol>().ToList();
        Assert.True(targets.Distinct(SymbolEqualityComparer.Default).Count() == targets.Count, $"{context}: two files extend one type");
    }

    /// <summary>The type a generated file extends: the one that holds its supervisor classes.</summary>
    private static ISymbol? TargetOf(GeneratedSourceResult source, Compilation output)
    {
        var tree = output.SyntaxTrees.Single(tree => tree.FilePath == source.SyntaxTree.FilePath);
        var supervisorClass = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()
            .First(declaration => declaration.Identifier.ValueText.StartsWith("__", StringComparison.Ordinal));
        return output.GetSemanticModel(tree).GetDeclaredSymbol((TypeDeclarationSyntax)supervisorClass.Parent!);
    }
}

using System.Runtime.CompilerServices;
using Supervise.Generators.Tests.Support;

namespace Supervise.Generators.Tests;

/// <summary>
/// The generated source for representative workers, compared with the files in <c>Golden/</c>: each
/// <c>Case.cs</c> is an input and <c>Case.g.cs</c> what the generator must write for it.
/// The generator's version is written <c>%VERSION%</c> in them, so a new version changes no golden file.
/// Set <c>SUPERVISE_UPDATE_GOLDEN=1</c> to rewrite the expected files after a deliberate change.
/// </summary>
public sealed class GoldenTests
{
    private static readonly string GoldenDirectory = Path.Combine(AppContext.BaseDirectory, "Golden");

    public static TheoryData<string> Cases => new(Directory
        .GetFiles(GoldenDirectory, "*.cs")
        .Where(path => !path.EndsWith(".g.cs", StringComparison.Ordinal))
        .Select(path => Path.GetFileNameWithoutExtension(path))
        .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_source_matches_the_golden_file(string caseName)
    {
        var run = GeneratorHarness.Run(File.ReadAllText(Path.Combine(GoldenDirectory, caseName + ".cs")));

        Assert.Null(run.Single.Exception);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems());
        var actual = WithVersionPlaceholder(run.AllSources());
        if (Environment.GetEnvironmentVariable("SUPERVISE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceGoldenDirectory(), caseName + ".g.cs"), actual);
        }

        var expected = File.ReadAllText(Path.Combine(GoldenDirectory, caseName + ".g.cs")).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }

    /// <summary>The generator's version in its <c>[GeneratedCode]</c> attributes, replaced by <c>%VERSION%</c>.</summary>
    private static string WithVersionPlaceholder(string source)
    {
        var version = typeof(SupervisedGenerator).Assembly.GetName().Version!.ToString();
        return source.Replace($"GeneratedCode(\"Supervise.Generators\", \"{version}\")", "GeneratedCode(\"Supervise.Generators\", \"%VERSION%\")", StringComparison.Ordinal);
    }

    private static string SourceGoldenDirectory([CallerFilePath] string testFile = "") =>
        Path.Combine(Path.GetDirectoryName(testFile)!, "Golden");
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Supervise.Generators;

namespace Supervise.Generators.Tests.Support;

/// <summary>Runs the real generator over in-memory sources, the way the compiler does.</summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.Latest) =>
        new(version, DocumentationMode.Diagnose);

    public static CSharpCompilation CreateCompilation(
        IEnumerable<string> sources,
        LanguageVersion version = LanguageVersion.Latest,
        NullableContextOptions nullable = NullableContextOptions.Enable)
    {
        var parseOptions = ParseOptions(version);
        var trees = sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"Input{index}.cs"));
        return CSharpCompilation.Create(
            "GeneratorInput",
            trees,
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: nullable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                warningLevel: 9999));
    }

    public static GeneratorDriver CreateDriver(CSharpParseOptions? parseOptions = null) =>
        CSharpGeneratorDriver.Create(
            [new SupervisedGenerator().AsSourceGenerator()],
            parseOptions: parseOptions ?? ParseOptions(),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once; the result carries its outputs, any exception it threw and the new compilation.</summary>
    public static GeneratorRun Run(params string[] sources) => Run(CreateCompilation(sources));

    public static GeneratorRun Run(CSharpCompilation compilation)
    {
        var driver = CreateDriver((CSharpParseOptions)compilation.SyntaxTrees.First().Options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), output, diagnostics);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform
            .Append(typeof(Supervisor).Assembly.Location)
            .Append(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location)
            .Append(typeof(Microsoft.Extensions.Hosting.BackgroundService).Assembly.Location)
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorRun(
    GeneratorDriver Driver,
    GeneratorDriverRunResult Result,
    Compilation OutputCompilation,
    ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public GeneratorRunResult Single => Result.Results.Single();

    public ImmutableArray<GeneratedSourceResult> Sources => Single.GeneratedSources;

    /// <summary>Every generated file, in hint-name order, each under a header line naming it.</summary>
    public string AllSources() => string.Concat(Sources
        .OrderBy(source => source.HintName, StringComparer.Ordinal)
        .Select(source => $"// ==== {source.HintName} ====\n{source.SourceText}\n"));

    /// <summary>Warnings and errors of the compilation with the generated code in it.</summary>
    public ImmutableArray<Diagnostic> CompilationProblems() => OutputCompilation.GetDiagnostics()
        .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
        .ToImmutableArray();
}

using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Supervise.Generators;

namespace Supervise.Analyzers.Tests.Support;

/// <summary>
/// Compiles sources as a build does: the real generator first, then every Supervise analyzer over
/// the result. For tests about the whole pipeline rather than one rule.
/// </summary>
internal static class CompilationHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LoadedReferences = new(LoadReferences);

    /// <summary>The framework, the Supervise runtime, and the hosting and logging abstractions.</summary>
    public static ImmutableArray<MetadataReference> References => LoadedReferences.Value;

    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } = typeof(DiagnosticIds).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
        .OrderBy(type => type.Name, StringComparer.Ordinal)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    public static CSharpCompilation Compile(IEnumerable<(string Path, string Source)> files) => CSharpCompilation.Create(
        "AnalyzerInput",
        files.Select(file => CSharpSyntaxTree.ParseText(file.Source, new CSharpParseOptions(LanguageVersion.Latest), path: file.Path)),
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static CSharpCompilation Compile(params string[] sources) =>
        Compile(sources.Select((source, index) => ($"/src/Input{index}.cs", source)));

    /// <summary>The compilation with the generator's output added, as the compiler hands it to analyzers.</summary>
    public static Compilation RunGenerator(Compilation compilation)
    {
        CSharpGeneratorDriver
            .Create([new SupervisedGenerator().AsSourceGenerator()], parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return output;
    }

    /// <summary>Every analyzer's diagnostics, and every exception an analyzer threw (which the IDE would show as AD0001).</summary>
    public static async Task<AnalyzerRun> AnalyzeAsync(Compilation compilation, IEnumerable<DiagnosticAnalyzer>? analyzers = null)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers((analyzers ?? AllAnalyzers).ToImmutableArray(), options).GetAnalyzerDiagnosticsAsync();
        return new AnalyzerRun(diagnostics, [.. exceptions]);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform
            .Concat(TestReferences.Libraries.OfType<PortableExecutableReference>().Select(reference => reference.FilePath!))
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}

/// <summary>What the analyzers reported over one compilation, and what they threw.</summary>
internal sealed record AnalyzerRun(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions)
{
    public IEnumerable<Diagnostic> Ours => Diagnostics.Where(diagnostic => diagnostic.Id.StartsWith("SUP", StringComparison.Ordinal));

    public IEnumerable<Diagnostic> Crashes => Diagnostics.Where(diagnostic => diagnostic.Id == "AD0001");
}

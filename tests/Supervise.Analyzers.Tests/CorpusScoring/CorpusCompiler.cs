using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Supervise.Analyzers.Tests.Support;

namespace Supervise.Analyzers.Tests.CorpusScoring;

/// <summary>
/// Compiles one corpus file alone, as the IDE sees it while its project loads: the Worker SDK's implicit
/// usings, the framework, the hosting and logging abstractions, the Supervise runtime and the package
/// surfaces under <c>Corpus/Packages</c>; anything else it names stays unresolved. Then the generator
/// and every Supervise analyzer run over it with the corpus's <c>.editorconfig</c>.
/// </summary>
internal static class CorpusCompiler
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>What the Worker SDK writes into a project's generated global usings.</summary>
    private const string ImplicitUsings = """
        global using global::Microsoft.Extensions.Configuration;
        global using global::Microsoft.Extensions.DependencyInjection;
        global using global::Microsoft.Extensions.Hosting;
        global using global::Microsoft.Extensions.Logging;
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<MetadataReference> PackageSurfaces = new(CompilePackageSurfaces);

    private static readonly Lazy<AnalyzerConfigSet> EditorConfig = new(() => AnalyzerConfigSet.Create(ImmutableArray.Create(
        AnalyzerConfig.Parse(File.ReadAllText(Path.Combine(Directory, "corpus.editorconfig")), "/corpus/.editorconfig"))));

    public static IEnumerable<string> Files() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.cs").Order(StringComparer.Ordinal);

    public static SyntaxTree Parse(string file) =>
        CSharpSyntaxTree.ParseText(File.ReadAllText(file), ParseOptions, path: "/corpus/" + Path.GetFileName(file));

    /// <summary>The tree alone, compiled and analyzed; the analyzers' exceptions come back as well.</summary>
    public static async Task<AnalyzerRun> AnalyzeAsync(SyntaxTree tree)
    {
        var compilation = CompilationHarness.RunGenerator(Compile(tree));
        var exceptions = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([], new ConfigOptionsProvider(EditorConfig.Value)),
            (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(CompilationHarness.AllAnalyzers, options).GetAnalyzerDiagnosticsAsync();
        return new AnalyzerRun(diagnostics, [.. exceptions]);
    }

    public static CSharpCompilation Compile(SyntaxTree tree) => CSharpCompilation.Create(
        "CorpusFile",
        [tree, CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, path: "/corpus/obj/GlobalUsings.g.cs")],
        CompilationHarness.References.Append(PackageSurfaces.Value),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static MetadataReference CompilePackageSurfaces()
    {
        var trees = System.IO.Directory.EnumerateFiles(Path.Combine(Directory, "Packages"), "*.cs")
            .Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), ParseOptions, path: file))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions));
        var compilation = CSharpCompilation.Create(
            "CorpusPackageSurfaces",
            trees,
            CompilationHarness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The corpus's package surfaces do not compile: " + string.Join("; ", emitted.Diagnostics));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>Hands every tree the options its path gets from the corpus's <c>.editorconfig</c>.</summary>
    private sealed class ConfigOptionsProvider(AnalyzerConfigSet set) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new ConfigOptions(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) =>
            new ConfigOptions(set.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new ConfigOptions(set.GetOptionsForSourcePath(textFile.Path).AnalyzerOptions);
    }

    private sealed class ConfigOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Supervise.Benchmarks.Generator;

namespace Supervise.Benchmarks.Analyzers;

/// <summary>
/// The analyzer tests' scored corpus (tests/Supervise.Analyzers.Tests/Corpus, copied beside this assembly),
/// each file compiled alone as the scoring test compiles it: the Worker SDK's implicit usings, the package
/// surfaces of Quartz and Hangfire, the messaging packages left unresolved, the corpus's .editorconfig.
/// </summary>
internal static class CorpusCompilations
{
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

    private static string Directory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static IReadOnlyList<CSharpCompilation> Create()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        var references = SyntheticCompilation.References();
        var usings = CSharpSyntaxTree.ParseText(ImplicitUsings, parseOptions, path: "/corpus/obj/GlobalUsings.g.cs");
        var surfaces = CSharpCompilation.Create(
            "CorpusPackageSurfaces",
            System.IO.Directory.EnumerateFiles(Path.Combine(Directory, "Packages"), "*.cs").Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), parseOptions)).Append(usings),
            references,
            options);
        using var image = new MemoryStream();
        if (!surfaces.Emit(image).Success)
        {
            throw new InvalidOperationException("The corpus's package surfaces do not compile.");
        }

        var withSurfaces = references.Append(MetadataReference.CreateFromImage(image.ToArray())).ToArray();
        return System.IO.Directory.EnumerateFiles(Directory, "*.cs").Order(StringComparer.Ordinal)
            .Select(file => CSharpCompilation.Create(
                Path.GetFileNameWithoutExtension(file),
                [CSharpSyntaxTree.ParseText(File.ReadAllText(file), parseOptions, path: "/corpus/" + Path.GetFileName(file)), usings],
                withSurfaces,
                options))
            .ToList();
    }

    /// <summary>The analyzer options of every corpus file: the corpus's .editorconfig (supervise.worker_methods, supervise.stop_token).</summary>
    public static AnalyzerOptions Options()
    {
        var set = AnalyzerConfigSet.Create(ImmutableArray.Create(AnalyzerConfig.Parse(File.ReadAllText(Path.Combine(Directory, "corpus.editorconfig")), "/corpus/.editorconfig")));
        return new AnalyzerOptions([], new ConfigOptionsProvider(set));
    }

    private sealed class ConfigOptionsProvider(AnalyzerConfigSet set) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new ConfigOptions(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new ConfigOptions(set.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new ConfigOptions(set.GetOptionsForSourcePath(textFile.Path).AnalyzerOptions);
    }

    private sealed class ConfigOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Supervise.Benchmarks.Generator;

/// <summary>Compilations of synthetic sources against this process's framework, Supervise and the logging abstractions.</summary>
internal static class SyntheticCompilation
{
    public static MetadataReference[] References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Append(typeof(Supervisor).Assembly.Location)
            .Append(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location)
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();

    public static CSharpCompilation Create(IEnumerable<string> sources, MetadataReference[] references, CSharpParseOptions parseOptions) =>
        CSharpCompilation.Create(
            "Synthetic",
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"File{index}.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
}

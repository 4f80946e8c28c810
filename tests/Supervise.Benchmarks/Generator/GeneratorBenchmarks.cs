using System.Reflection;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Supervise.Generators;

namespace Supervise.Benchmarks.Generator;

/// <summary>
/// Our generator on 2,000 <c>[Supervised]</c> methods in 200 files against the LoggerMessage generator
/// (from Microsoft.Extensions.Logging.Abstractions) on 2,000 <c>[LoggerMessage]</c> methods of the same
/// layout, both through <see cref="CSharpGeneratorDriver"/> in this process: a cold run, and a re-run
/// after a one-line edit in one file. With <see cref="PreviousBuild"/> set, an earlier build of our
/// generator is measured too, against the same baseline.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private readonly CSharpParseOptions _parseOptions = new(LanguageVersion.Latest);
    private CSharpCompilation _supervised = null!;
    private CSharpCompilation _logging = null!;
    private CSharpCompilation _supervisedEdited = null!;
    private CSharpCompilation _loggingEdited = null!;
    private GeneratorDriver _supervisedWarm = null!;
    private GeneratorDriver _loggingWarm = null!;
    private ISourceGenerator _loggerMessageGenerator = null!;
    private Func<ISourceGenerator> _supervisedGenerator = null!;

    /// <summary>Which build of our generator is measured: <c>current</c>, or <c>previous</c> (see <see cref="PreviousBuild"/>).</summary>
    [ParamsSource(nameof(Builds))]
    public string Build { get; set; } = PreviousBuild.Current;

    public static IEnumerable<string> Builds() => PreviousBuild.Builds();

    [GlobalSetup]
    public void Setup()
    {
        var references = SyntheticCompilation.References();
        _supervised = SyntheticCompilation.Create(SyntheticSources.Supervised(), references, _parseOptions);
        _logging = SyntheticCompilation.Create(SyntheticSources.LoggerMessages(), references, _parseOptions);
        _supervisedEdited = Edit(_supervised, SyntheticSources.OneLineEdit(supervised: true));
        _loggingEdited = Edit(_logging, SyntheticSources.OneLineEdit(supervised: false));
        _loggerMessageGenerator = LoadLoggerMessageGenerator();
        _supervisedGenerator = Build == PreviousBuild.Previous ? PreviousBuild.Generator : static () => new SupervisedGenerator().AsSourceGenerator();
        _supervisedWarm = SupervisedDriver().RunGenerators(_supervised);
        _loggingWarm = LoggingDriver().RunGenerators(_logging);
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver LoggerMessageCold() => LoggingDriver().RunGenerators(_logging.Clone());

    [Benchmark]
    public GeneratorDriver SupervisedCold() => SupervisedDriver().RunGenerators(_supervised.Clone());

    [Benchmark]
    public GeneratorDriver LoggerMessageAfterOneLineEdit() => _loggingWarm.RunGenerators(_loggingEdited);

    [Benchmark]
    public GeneratorDriver SupervisedAfterOneLineEdit() => _supervisedWarm.RunGenerators(_supervisedEdited);

    private GeneratorDriver SupervisedDriver() =>
        CSharpGeneratorDriver.Create([_supervisedGenerator()], parseOptions: _parseOptions);

    private GeneratorDriver LoggingDriver() =>
        CSharpGeneratorDriver.Create([_loggerMessageGenerator], parseOptions: _parseOptions);

    private static CSharpCompilation Edit(CSharpCompilation compilation, (string Old, string New) edit)
    {
        var tree = compilation.SyntaxTrees.First();
        var text = tree.GetText().ToString();
        if (!text.Contains(edit.Old, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The edit '{edit.Old}' is not in the first file.");
        }

        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(text.Replace(edit.Old, edit.New, StringComparison.Ordinal))));
    }

    /// <summary>The LoggerMessage generator, from the copy of its assembly the build puts beside this one.</summary>
    private static ISourceGenerator LoadLoggerMessageGenerator()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Baselines", "Microsoft.Extensions.Logging.Generators.dll");
        var generatorType = Assembly.LoadFrom(path).GetTypes()
            .Single(type => typeof(IIncrementalGenerator).IsAssignableFrom(type) && type.Name == "LoggerMessageGenerator");
        return ((IIncrementalGenerator)Activator.CreateInstance(generatorType)!).AsSourceGenerator();
    }
}

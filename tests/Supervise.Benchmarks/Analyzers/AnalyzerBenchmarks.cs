using System.Collections.Immutable;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Supervise.Benchmarks.Generator;

namespace Supervise.Benchmarks.Analyzers;

/// <summary>
/// Our analyzers (all SUP rules) against CA2016 (from Microsoft.CodeAnalysis.NetAnalyzers) on the same
/// synthetic 200-file worker project, through <see cref="CompilationWithAnalyzers"/>. Each run also
/// compiles, so <see cref="CompileOnly"/> is measured too: an analyzer's own cost is its time above
/// that. The analyzers' own execution times, as Roslyn logs them, are printed at the end.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _ours;
    private ImmutableArray<DiagnosticAnalyzer> _ca2016;

    [GlobalSetup]
    public void Setup()
    {
        var references = SyntheticCompilation.References()
            .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Hosting.BackgroundService).Assembly.Location))
            .ToArray();
        _compilation = SyntheticCompilation.Create(SyntheticWorkers.Sources(), references, new CSharpParseOptions(LanguageVersion.Latest));
        _ours = typeof(Supervise.Analyzers.Usage.NonPartialContainingTypeAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
        _ca2016 = [LoadCa2016()];
    }

    [Benchmark]
    public int CompileOnly() => _compilation.Clone().GetDiagnostics().Length;

    [Benchmark(Baseline = true)]
    public Task<int> CA2016() => AnalyzeAsync(_ca2016);

    [Benchmark]
    public Task<int> SuperviseAnalyzers() => AnalyzeAsync(_ours);

    /// <summary>Prints what Roslyn's own timing says each analyzer set spent, beside BenchmarkDotNet's wall times.</summary>
    [GlobalCleanup]
    public void PrintAnalyzerExecutionTimes()
    {
        var ours = ExecutionTime(_ours);
        var ca2016 = ExecutionTime(_ca2016);
        Console.WriteLine($"// Analyzer execution time (logAnalyzerExecutionTime): Supervise {ours.TotalMilliseconds:0.0} ms, CA2016 {ca2016.TotalMilliseconds:0.0} ms, ratio {ours.TotalMilliseconds / ca2016.TotalMilliseconds:0.00}");
    }

    private async Task<int> AnalyzeAsync(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var analysis = _compilation.Clone().WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        return (await analysis.GetAllDiagnosticsAsync().ConfigureAwait(false)).Length;
    }

    private TimeSpan ExecutionTime(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var analysis = _compilation.Clone().WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        analysis.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var total = TimeSpan.Zero;
        foreach (var analyzer in analyzers)
        {
            var time = analysis.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime;
            Console.WriteLine($"//   {analyzer.GetType().Name}: {time.TotalMilliseconds:0.0} ms");
            total += time;
        }

        return total;
    }

    /// <summary>CA2016's analyzer, from the copy of Microsoft.CodeAnalysis.NetAnalyzers the build puts beside this assembly.</summary>
    private static DiagnosticAnalyzer LoadCa2016()
    {
        var baselines = Path.Combine(AppContext.BaseDirectory, "Baselines");
        Assembly.LoadFrom(Path.Combine(baselines, "Microsoft.CodeAnalysis.NetAnalyzers.dll"));
        var type = Assembly.LoadFrom(Path.Combine(baselines, "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll"))
            .GetType("Microsoft.NetCore.CSharp.Analyzers.Runtime.CSharpForwardCancellationTokenToInvocationsAnalyzer", throwOnError: true)!;
        return (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
    }
}

using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Supervise.Benchmarks.Analyzers;

/// <summary>
/// Our analyzers (all SUP rules) against CA2016 on the scored corpus of real-shaped worker code (13 files, 100
/// worker methods, each file compiled alone with some types unresolved), through <see cref="CompilationWithAnalyzers"/>.
/// Each invocation analyzes every file's compilation; <see cref="CompileOnly"/> is what compiling them costs.
/// The wall times include compiling, so at the end Roslyn's own analyzer execution times are printed too
/// (median of fifteen runs after ten warm-ups, the sets taken in turn; once, after the last case), which a busy machine disturbs less.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerCorpusBenchmarks
{
    private IReadOnlyList<CSharpCompilation> _files = [];
    private AnalyzerOptions _options = null!;
    private ImmutableArray<DiagnosticAnalyzer> _ours;
    private ImmutableArray<DiagnosticAnalyzer> _ca2016;

    [GlobalSetup]
    public void Setup()
    {
        _files = CorpusCompilations.Create();
        _options = CorpusCompilations.Options();
        _ours = PreviousBuild.AnalyzersIn(typeof(Supervise.Analyzers.Usage.SupervisedUsageAnalyzer).Assembly);
        _ca2016 = [AnalyzerBenchmarks.LoadCa2016()];
    }

    [Benchmark]
    public int CompileOnly() => _files.Sum(file => file.Clone().GetDiagnostics().Length);

    [Benchmark(Baseline = true)]
    public Task<int> CA2016() => AnalyzeAsync(_ca2016);

    [Benchmark]
    public Task<int> SuperviseAnalyzers() => AnalyzeAsync(_ours);

    [GlobalCleanup(Target = nameof(SuperviseAnalyzers))]
    public void PrintAnalyzerExecutionTimes()
    {
        const int WarmUps = 10;
        const int Runs = 15;
        var ours = new List<double>();
        var ca2016 = new List<double>();
        for (var run = 0; run < WarmUps + Runs; run++)
        {
            var oursRun = ExecutionTime(_ours);
            var ca2016Run = ExecutionTime(_ca2016);
            if (run >= WarmUps)
            {
                ours.Add(oursRun);
                ca2016.Add(ca2016Run);
            }
        }

        Console.WriteLine($"// Corpus analyzer execution time, median of {Runs} warm runs: Supervise {Median(ours):0.0} ms, CA2016 {Median(ca2016):0.0} ms, ratio {Median(ours) / Median(ca2016):0.00}");
    }

    private double ExecutionTime(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var total = 0.0;
        foreach (var file in _files)
        {
            var analysis = file.Clone().WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                _options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            analysis.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            foreach (var analyzer in analyzers)
            {
                total += analysis.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
            }
        }

        return total;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private async Task<int> AnalyzeAsync(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var count = 0;
        foreach (var file in _files)
        {
            var analysis = file.Clone().WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                _options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
            count += (await analysis.GetAllDiagnosticsAsync().ConfigureAwait(false)).Length;
        }

        return count;
    }
}

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

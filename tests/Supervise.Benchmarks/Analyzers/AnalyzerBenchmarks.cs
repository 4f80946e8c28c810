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
/// that. The analyzers' own execution times, as Roslyn logs them, are printed at the end. With
/// <see cref="PreviousBuild"/> set, an earlier build of our analyzers is measured too.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _ours;
    private ImmutableArray<DiagnosticAnalyzer> _ca2016;

    /// <summary>Which build of our analyzers is measured: <c>current</c>, or <c>previous</c> (see <see cref="PreviousBuild"/>).</summary>
    [ParamsSource(nameof(Builds))]
    public string Build { get; set; } = PreviousBuild.Current;

    public static IEnumerable<string> Builds() => PreviousBuild.Builds();

    [GlobalSetup]
    public void Setup()
    {
        var references = SyntheticCompilation.References()
            .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Hosting.BackgroundService).Assembly.Location))
            .ToArray();
        _compilation = SyntheticCompilation.Create(SyntheticWorkers.Sources(), references, new CSharpParseOptions(LanguageVersion.Latest));
        _ours = Build == PreviousBuild.Previous
            ? PreviousBuild.Analyzers()
            : PreviousBuild.AnalyzersIn(typeof(Supervise.Analyzers.Usage.SupervisedUsageAnalyzer).Assembly);
        _ca2016 = [LoadCa2016()];
    }

    [Benchmark]
    public int CompileOnly() => _compilation.Clone().GetDiagnostics().Length;

    [Benchmark(Baseline = true)]
    public Task<int> CA2016() => AnalyzeAsync(_ca2016);

    [Benchmark]
    public Task<int> SuperviseAnalyzers() => AnalyzeAsync(_ours);

    /// <summary>
    /// Prints what Roslyn's own timing (<c>logAnalyzerExecutionTime</c>) says each analyzer set spent,
    /// the median of fifteen warm runs, beside BenchmarkDotNet's wall times (which include compiling).
    /// The sets are taken in turn within each run (with a previous build: current, previous, CA2016;
    /// each run beginning with the next one), so a machine that gets busier or quieter during the
    /// measurement moves them all alike; the previous case prints nothing of its own. All sets are warmed by the same ten runs first: a set
    /// measured while the JIT is still tiering up its code would be charged for compiling itself.
    /// </summary>
    [GlobalCleanup]
    public void PrintAnalyzerExecutionTimes()
    {
        if (Build == PreviousBuild.Previous)
        {
            return;
        }

        const int WarmUps = 10;
        const int Runs = 15;
        var sets = new List<(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)> { ("current", _ours) };
        if (PreviousBuild.Builds().Contains(PreviousBuild.Previous))
        {
            sets.Add(("previous", PreviousBuild.Analyzers()));
        }

        var totals = sets.ToDictionary(set => set.Name, _ => new List<double>());
        var ca2016 = new List<double>();
        var perAnalyzer = sets.ToDictionary(set => set.Name, _ => new Dictionary<string, List<double>>());
        var order = sets.Append(("CA2016", _ca2016)).ToList();
        for (var run = 0; run < WarmUps + Runs; run++)
        {
            // Each run starts with the next set, so no set always follows the same one.
            for (var turn = 0; turn < order.Count; turn++)
            {
                var (name, analyzers) = order[(run + turn) % order.Count];
                var times = ExecutionTimes(analyzers);
                if (run < WarmUps)
                {
                    continue;
                }

                if (name == "CA2016")
                {
                    ca2016.Add(times.Values.Sum());
                    continue;
                }

                totals[name].Add(times.Values.Sum());
                foreach (var (analyzer, milliseconds) in times)
                {
                    (perAnalyzer[name].TryGetValue(analyzer, out var list) ? list : perAnalyzer[name][analyzer] = new List<double>()).Add(milliseconds);
                }
            }
        }

        foreach (var (name, _) in sets)
        {
            foreach (var (analyzer, times) in perAnalyzer[name].OrderByDescending(pair => Median(pair.Value)))
            {
                Console.WriteLine($"//   {name} {analyzer}: {Median(times):0.0} ms");
            }
        }

        foreach (var (name, _) in sets)
        {
            Console.WriteLine($"// Analyzer execution time ({name} build), median of {Runs} warm runs taken in turn: Supervise {Median(totals[name]):0.0} ms, CA2016 {Median(ca2016):0.0} ms, ratio {Median(totals[name]) / Median(ca2016):0.00}");
        }
    }

    private async Task<int> AnalyzeAsync(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var analysis = _compilation.Clone().WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        return (await analysis.GetAllDiagnosticsAsync().ConfigureAwait(false)).Length;
    }

    private Dictionary<string, double> ExecutionTimes(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        // Each run starts on a clean heap, so it is not charged for collecting what the run before it left.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var analysis = _compilation.Clone().WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        analysis.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return analyzers.ToDictionary(
            analyzer => analyzer.GetType().Name,
            analyzer => analysis.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>CA2016's analyzer, from the copy of Microsoft.CodeAnalysis.NetAnalyzers the build puts beside this assembly.</summary>
    internal static DiagnosticAnalyzer LoadCa2016()
    {
        var baselines = Path.Combine(AppContext.BaseDirectory, "Baselines");
        Assembly.LoadFrom(Path.Combine(baselines, "Microsoft.CodeAnalysis.NetAnalyzers.dll"));
        var type = Assembly.LoadFrom(Path.Combine(baselines, "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll"))
            .GetType("Microsoft.NetCore.CSharp.Analyzers.Runtime.CSharpForwardCancellationTokenToInvocationsAnalyzer", throwOnError: true)!;
        return (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Supervise.Analyzers.Tests.Support;
using Supervise.Analyzers.Usage;
using Supervise.Analyzers.Workers;

namespace Supervise.Analyzers.Tests;

/// <summary>
/// Each analyzer decides at compilation start whether the compilation can hold anything it checks: a
/// project that never references Supervise registers no usage rule at all, and one with neither
/// <c>[Supervised]</c> nor <c>BackgroundService</c> no worker rule.
/// </summary>
public sealed class CompilationStartTests
{
    private const string Source = """
        using System.Threading;
        using System.Threading.Tasks;

        public sealed class Pump
        {
            public async Task PumpAsync(CancellationToken stoppingToken)
            {
                while (true) { await Task.Delay(10); }
            }
        }
        """;

    [Fact]
    public async Task Without_Supervise_the_usage_rules_register_nothing_past_compilation_start()
    {
        var telemetry = await TelemetryAsync(new SupervisedUsageAnalyzer(), Compile(withSupervise: false, withHosting: true));

        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.SymbolActionsCount);
        Assert.Equal(0, telemetry.OperationActionsCount);
    }

    [Fact]
    public async Task With_Supervise_the_usage_rules_look_at_types()
    {
        var telemetry = await TelemetryAsync(new SupervisedUsageAnalyzer(), Compile(withSupervise: true, withHosting: false));

        Assert.Equal(1, telemetry.SymbolActionsCount);
    }

    [Fact]
    public async Task Without_Supervise_or_BackgroundService_the_worker_rules_register_nothing_past_compilation_start()
    {
        var telemetry = await TelemetryAsync(new WorkerRulesAnalyzer(), Compile(withSupervise: false, withHosting: false));

        Assert.Equal(0, telemetry.OperationBlockActionsCount);
    }

    [Fact]
    public async Task With_BackgroundService_alone_the_worker_rules_still_look_at_bodies()
    {
        var telemetry = await TelemetryAsync(new WorkerRulesAnalyzer(), Compile(withSupervise: false, withHosting: true));

        Assert.Equal(1, telemetry.OperationBlockActionsCount);
    }

    private static CSharpCompilation Compile(bool withSupervise, bool withHosting)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => !Path.GetFileName(path).StartsWith("Supervise", StringComparison.Ordinal) && !Path.GetFileName(path).StartsWith("Microsoft.Extensions.Hosting", StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
        if (withSupervise)
        {
            references.Add(MetadataReference.CreateFromFile(typeof(SupervisedAttribute).Assembly.Location));
        }

        if (withHosting)
        {
            references.Add(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Hosting.BackgroundService).Assembly.Location));
        }

        return CSharpCompilation.Create("NoSupervise", [CSharpSyntaxTree.ParseText(Source)], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    private static async Task<AnalyzerTelemetryInfo> TelemetryAsync(DiagnosticAnalyzer analyzer, Compilation compilation)
    {
        var analysis = compilation.WithAnalyzers([analyzer], new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        await analysis.GetAnalyzerDiagnosticsAsync();
        return await analysis.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Supervise.Generators.Tests.Support;

namespace Supervise.Generators.Tests;

/// <summary>
/// Generated code must compile without a single warning under warnings-as-errors, with nullable
/// annotations enabled or disabled, at C# 8 and at the latest language version, and at C# 7.3 (the
/// default of netstandard2.0 projects), where it is emitted without nullable annotations.
/// </summary>
public sealed class GeneratedCodeCompilesCleanlyTests
{
    private static readonly string GoldenDirectory = Path.Combine(AppContext.BaseDirectory, "Golden");

    // Inputs written in C# 8; RecordsAndStructs needs C# 10 and runs at the latest version only.
    private static readonly string[] CSharp8Inputs =
        ["InstanceTaskFixed", "StaticValueTaskImmediate", "VoidWithoutTokenBackoff", "NestedGenericOnFailure", "GlobalNamespaceNever", "TwoWorkersOneType",
         "CircuitLimitJitter", "HeartbeatContext", "ExceptionFilters"];

    public static TheoryData<string, LanguageVersion, NullableContextOptions> Matrix()
    {
        var data = new TheoryData<string, LanguageVersion, NullableContextOptions>();
        foreach (var nullable in new[] { NullableContextOptions.Enable, NullableContextOptions.Disable })
        {
            foreach (var input in CSharp8Inputs)
            {
                if (nullable == NullableContextOptions.Disable)
                {
                    data.Add(input, LanguageVersion.CSharp7_3, nullable);
                }

                data.Add(input, LanguageVersion.CSharp8, nullable);
                data.Add(input, LanguageVersion.Latest, nullable);
            }

            data.Add("RecordsAndStructs", LanguageVersion.Latest, nullable);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Generated_code_compiles_without_warnings(string input, LanguageVersion version, NullableContextOptions nullable)
    {
        var source = File.ReadAllText(Path.Combine(GoldenDirectory, input + ".cs"));
        var run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation([source], version, nullable));

        Assert.NotEmpty(run.Sources);
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void An_obsolete_worker_is_supervised_without_an_obsolete_warning()
    {
        var run = GeneratorHarness.Run("""
            #pragma warning disable CS1591
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Supervise;

            namespace Demo
            {
                public partial class Legacy
                {
                    [Obsolete("Use the new pump.")]
                    [Supervised]
                    private Task PumpAsync(CancellationToken stoppingToken) => Task.Delay(1, stoppingToken);

                    [Obsolete("Use the new pump.", error: true)]
                    [Supervised]
                    private Task DrainAsync(CancellationToken stoppingToken) => Task.Delay(1, stoppingToken);
                }
            }
            """);

        Assert.Equal(2, run.Sources.Single().SourceText.ToString().Split("class __").Length - 1);
        Assert.Empty(run.CompilationProblems());
    }
}

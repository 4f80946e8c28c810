using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Supervise.Analyzers.Usage;
using Supervise.Analyzers.Workers;

namespace Supervise.Analyzers.Tests.Support;

/// <summary>
/// Runs one rule over a source written with markup: <c>{|SUP101:token|}</c> marks where a diagnostic must
/// be, and no other diagnostic of that rule may appear (the other rules of its analyzer are turned off).
/// </summary>
internal static class AnalyzerVerifier<TRule>
    where TRule : SupervisedRule, new()
{
    public static DiagnosticResult Diagnostic(string id) => new(id, DiagnosticSeverity.Warning);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, editorConfig: null, expected);

    public static Task VerifyAsync(string source, string? editorConfig, params DiagnosticResult[] expected) =>
        RuleUnderTest<TRule>.IsWorkerRule
            ? RunAsync<WorkerRulesAnalyzer>(source, editorConfig, expected)
            : RunAsync<SupervisedUsageAnalyzer>(source, editorConfig, expected);

    private static Task RunAsync<TAnalyzer>(string source, string? editorConfig, DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new Test<TAnalyzer> { TestCode = TestReferences.Usings + source };
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig + "\n"));
        }

        RuleUnderTest<TRule>.TurnOffOthers(test);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private sealed class Test<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Framework;
            TestState.AdditionalReferences.AddRange(TestReferences.Libraries);
        }
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Supervise.Analyzers.Tests.Support;

/// <summary>
/// Runs an analyzer of one rule of its own (SUP108, SUP109) over a source written with markup, as
/// <see cref="AnalyzerVerifier{TRule}"/> does for the rule families.
/// </summary>
internal static class StandaloneAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => new(id, DiagnosticSeverity.Warning);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = TestReferences.Usings + source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Framework;
            TestState.AdditionalReferences.AddRange(TestReferences.Libraries);
        }
    }
}

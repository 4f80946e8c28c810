using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Supervise.Analyzers.Usage;
using Supervise.Analyzers.Workers;

namespace Supervise.Analyzers.Tests.Support;

/// <summary>
/// Applies a code fix to every marked diagnostic of one rule and compares with the expected source; the
/// testing library also applies Fix All (document, project, solution) and checks it reaches the same source.
/// </summary>
internal static class CodeFixVerifier<TRule, TCodeFix>
    where TRule : SupervisedRule, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task VerifyFixAsync(string source, string fixedSource, string? equivalenceKey = null) =>
        RunAsync(TestReferences.Usings + source, TestReferences.Usings + fixedSource, equivalenceKey);

    /// <summary>For a fix that changes the usings too: the sources are taken whole.</summary>
    public static Task VerifyFixWithoutUsingsAsync(string source, string fixedSource) => RunAsync(source, fixedSource, equivalenceKey: null);

    /// <summary>Asserts that the diagnostic is reported but no fix is offered for it.</summary>
    public static Task VerifyNoFixAsync(string source) =>
        RunAsync(TestReferences.Usings + source, TestReferences.Usings + source, equivalenceKey: null);

    private static Task RunAsync(string source, string fixedSource, string? equivalenceKey) =>
        RuleUnderTest<TRule>.IsWorkerRule
            ? RunAsync<WorkerRulesAnalyzer>(source, fixedSource, equivalenceKey)
            : RunAsync<SupervisedUsageAnalyzer>(source, fixedSource, equivalenceKey);

    private static Task RunAsync<TAnalyzer>(string source, string fixedSource, string? equivalenceKey)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new Test<TAnalyzer> { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey };
        RuleUnderTest<TRule>.TurnOffOthers(test);
        return test.RunAsync();
    }

    private sealed class Test<TAnalyzer> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Framework;
            TestState.AdditionalReferences.AddRange(TestReferences.Libraries);
            FixedState.AdditionalReferences.AddRange(TestReferences.Libraries);
        }
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Supervise.Analyzers.Usage;
using Supervise.Analyzers.Workers;

namespace Supervise.Analyzers.Tests.Support;

/// <summary>
/// Runs every rule of both families over a source with markup, as a user's build does, optionally with an
/// <c>.editorconfig</c> that turns some off: for tests of what is reported once when several rules see one cause.
/// </summary>
internal static class AllRulesVerifier
{
    public static Task VerifyAsync(string source, string? editorConfig = null)
    {
        var test = new Test { TestCode = TestReferences.Usings + source };
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig + "\n"));
        }

        return test.RunAsync();
    }

    private sealed class Test : CSharpAnalyzerTest<WorkerRulesAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Framework;
            TestState.AdditionalReferences.AddRange(TestReferences.Libraries);
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => [new WorkerRulesAnalyzer(), new SupervisedUsageAnalyzer()];
    }
}

using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Supervise.Analyzers.Tests.Support;

/// <summary>
/// Applies a code fix to every marked diagnostic and compares with the expected source; the testing
/// library also applies Fix All (document, project, solution) and checks it reaches the same source.
/// </summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task VerifyFixAsync(string source, string fixedSource, string? equivalenceKey = null)
    {
        var test = new Test
        {
            TestCode = TestReferences.Usings + source,
            FixedCode = TestReferences.Usings + fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        return test.RunAsync();
    }

    /// <summary>For a fix that changes the usings too: the sources are taken whole.</summary>
    public static Task VerifyFixWithoutUsingsAsync(string source, string fixedSource)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        return test.RunAsync();
    }

    /// <summary>Asserts that the diagnostic is reported but no fix is offered for it.</summary>
    public static Task VerifyNoFixAsync(string source)
    {
        var test = new Test { TestCode = TestReferences.Usings + source, FixedCode = TestReferences.Usings + source };
        return test.RunAsync();
    }

    private sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Framework;
            TestState.AdditionalReferences.AddRange(TestReferences.Libraries);
            FixedState.AdditionalReferences.AddRange(TestReferences.Libraries);
        }
    }
}

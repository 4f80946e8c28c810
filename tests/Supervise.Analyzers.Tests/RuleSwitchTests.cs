using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Supervise.Analyzers.Workers;

namespace Supervise.Analyzers.Tests;

/// <summary>
/// One analyzer runs all worker rules, so it leaves out, file by file, the rules turned off there: they
/// would only do work for the driver to throw away. A rule is left out only when it is explicitly off.
/// </summary>
public sealed class RuleSwitchTests
{
    [Fact]
    public void Every_rule_runs_where_nothing_turns_one_off()
    {
        var (compilation, tree) = Compile(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        Assert.Equal(WorkerRulesAnalyzer.Rules, Enabled(compilation, tree));
    }

    [Fact]
    public void A_rule_set_to_none_for_the_compilation_is_left_out()
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithSpecificDiagnosticOptions([new KeyValuePair<string, ReportDiagnostic>(DiagnosticIds.BlockingWait, ReportDiagnostic.Suppress)]);
        var (compilation, tree) = Compile(options);

        var enabled = Enabled(compilation, tree);

        Assert.DoesNotContain(enabled, rule => rule.Descriptor.Id == DiagnosticIds.BlockingWait);
        Assert.Equal(WorkerRulesAnalyzer.Rules.Length - 1, enabled.Length);
    }

    [Fact]
    public void A_rule_made_an_error_is_still_run()
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithSpecificDiagnosticOptions([new KeyValuePair<string, ReportDiagnostic>(DiagnosticIds.BlockingWait, ReportDiagnostic.Error)]);
        var (compilation, tree) = Compile(options);

        Assert.Contains(Enabled(compilation, tree), rule => rule.Descriptor.Id == DiagnosticIds.BlockingWait);
    }

    private static (Compilation Compilation, SyntaxTree Tree) Compile(CSharpCompilationOptions options)
    {
        var tree = CSharpSyntaxTree.ParseText("class C { }");
        return (CSharpCompilation.Create("Switches", [tree], [], options), tree);
    }

    private static System.Collections.Immutable.ImmutableArray<WorkerRule> Enabled(Compilation compilation, SyntaxTree tree) =>
        new EnabledRules<WorkerRule>(compilation, WorkerRulesAnalyzer.Rules).In(tree, CancellationToken.None);
}

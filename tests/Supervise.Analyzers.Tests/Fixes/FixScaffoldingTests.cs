using System.Composition;
using Microsoft.CodeAnalysis.CodeFixes;
using Supervise.CodeFixes;

namespace Supervise.Analyzers.Tests.Fixes;

/// <summary>Every fix is built on the shared scaffolding, so each registers under a key that names its rule.</summary>
public sealed class FixScaffoldingTests
{
    public static TheoryData<Type> Fixes => new(typeof(SupervisedCodeFix).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type)));

    [Theory]
    [MemberData(nameof(Fixes))]
    public void A_fix_derives_from_the_shared_base_and_is_exported(Type fix)
    {
        Assert.True(typeof(SupervisedCodeFix).IsAssignableFrom(fix), $"{fix.Name} does not derive from SupervisedCodeFix");
        Assert.NotNull(fix.GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), inherit: false).SingleOrDefault());
        Assert.NotNull(fix.GetCustomAttributes(typeof(SharedAttribute), inherit: false).SingleOrDefault());
    }

    [Fact]
    public void An_equivalence_key_starts_with_the_rule()
    {
        Assert.Equal("SUP103.LoopCondition", ObserveCancellationInLoopCodeFix.LoopConditionKey);
        Assert.Equal("SUP106.PassStopToken", SupervisedCodeFix.EquivalenceKey(DiagnosticIds.WorkerNeverEnds, "PassStopToken"));
    }
}

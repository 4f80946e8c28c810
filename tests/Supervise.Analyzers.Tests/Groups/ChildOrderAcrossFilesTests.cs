using Microsoft.CodeAnalysis;
using Supervise.Analyzers.Tests.Support;

namespace Supervise.Analyzers.Tests.Groups;

/// <summary>
/// SUP014, over several files: the rule warns when a group's children are spread over files, and prints the
/// order the generator emits (file paths in ordinal order, then declaration order), whatever order the
/// compiler is given the files in.
/// </summary>
public sealed class ChildOrderAcrossFilesTests
{
    private const string Group = "[SupervisionGroup(Strategy = SupervisionStrategy.RestForOne)] public sealed partial class Ingest { [Supervised] Task ReportAsync(CancellationToken t) => Task.Delay(1, t); }";
    private const string Consume = "public sealed partial class Ingest { [Supervised] Task ConsumeAsync(CancellationToken t) => Task.Delay(1, t); [Supervised] Task AuditAsync(CancellationToken t) => Task.Delay(1, t); }";
    private const string Connect = "public sealed partial class Ingest { [Supervised] Task ConnectAsync(CancellationToken t) => Task.Delay(1, t); }";

    public static TheoryData<string[]> FileOrders => new()
    {
        new[] { "/src/Ingest.cs", "/src/Ingest.Consume.cs", "/src/Ingest.Connect.cs" },
        new[] { "/src/Ingest.Connect.cs", "/src/Ingest.cs", "/src/Ingest.Consume.cs" },
        new[] { "/src/Ingest.Consume.cs", "/src/Ingest.Connect.cs", "/src/Ingest.cs" },
    };

    [Theory]
    [MemberData(nameof(FileOrders))]
    public async Task Children_in_several_files_get_a_warning_on_the_attribute_that_lists_their_start_order(string[] paths)
    {
        var run = await CompilationHarness.AnalyzeAsync(CompilationHarness.RunGenerator(Compile(paths)));

        var warning = Assert.Single(run.Ours, diagnostic => diagnostic.Id == "SUP014");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("/src/Ingest.cs", warning.Location.SourceTree!.FilePath);
        Assert.StartsWith("SupervisionGroup(", warning.Location.SourceTree.GetText().ToString(warning.Location.SourceSpan), StringComparison.Ordinal);
        Assert.Equal(
            "The children of group 'Ingest' are declared in 3 files, so their start order follows the files' paths: " +
            "ConnectAsync (Ingest.Connect.cs), ConsumeAsync (Ingest.Consume.cs), AuditAsync (Ingest.Consume.cs), ReportAsync (Ingest.cs); " +
            "declare them in one file to make the order the one you read",
            warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(FileOrders))]
    public void The_generated_group_starts_its_children_in_that_order_whatever_order_the_files_come_in(string[] paths)
    {
        var generated = GeneratedGroup(Compile(paths));

        Assert.Contains(
            "new global::Supervise.Supervisor[] { new __ConnectSupervisor(this), new __ConsumeSupervisor(this), new __AuditSupervisor(this), new __ReportSupervisor(this) }",
            generated,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_declarations_in_one_file_have_a_defined_order_and_no_warning()
    {
        var input = CompilationHarness.Compile([("/src/Ingest.cs", TestReferences.Usings + Group + Consume + Connect)]);
        var run = await CompilationHarness.AnalyzeAsync(CompilationHarness.RunGenerator(input));

        Assert.DoesNotContain(run.Ours, diagnostic => diagnostic.Id == "SUP014");
        Assert.Contains("{ new __ReportSupervisor(this), new __ConsumeSupervisor(this), new __AuditSupervisor(this), new __ConnectSupervisor(this) }", GeneratedGroup(input), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_static_worker_in_another_file_is_no_child_and_does_not_count()
    {
        var input = CompilationHarness.Compile([
            ("/src/Ingest.cs", TestReferences.Usings + Group),
            ("/src/Ingest.CleanUp.cs", TestReferences.Usings + "public sealed partial class Ingest { [Supervised] static Task CleanUpAsync(CancellationToken t) => Task.Delay(1, t); }"),
        ]);
        var run = await CompilationHarness.AnalyzeAsync(CompilationHarness.RunGenerator(input));

        Assert.DoesNotContain(run.Ours, diagnostic => diagnostic.Id == "SUP014");
    }

    private static Compilation Compile(string[] paths) => CompilationHarness.Compile(paths.Select(path => (path, TestReferences.Usings + path switch
    {
        "/src/Ingest.cs" => Group,
        "/src/Ingest.Consume.cs" => Consume,
        _ => Connect,
    })));

    private static string GeneratedGroup(Compilation input) => CompilationHarness.RunGenerator(input).SyntaxTrees
        .Single(tree => tree.FilePath.EndsWith("Ingest.g.cs", StringComparison.Ordinal))
        .ToString();
}

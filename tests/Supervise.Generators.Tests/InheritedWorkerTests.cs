using Microsoft.CodeAnalysis;
using Supervise.Generators.Tests.Support;

namespace Supervise.Generators.Tests;

/// <summary>
/// A derived class lists the supervisors of its bases before its own in <c>ISupervisedWorkers</c>,
/// whether the base is in the same project (read from its workers) or in a referenced assembly (read
/// from its generated properties); a base the generator skipped or one that lists by hand is left out.
/// </summary>
public sealed class InheritedWorkerTests
{
    private const string Usings = """
        using System.Threading;
        using System.Threading.Tasks;
        using Supervise;

        """;

    private const string Base = """
        public partial class Base
        {
            [Supervised] Task PumpAsync(CancellationToken t) => Task.CompletedTask;
        }
        """;

    private const string Derived = """
        public sealed partial class Derived : Base
        {
            [Supervised] Task PollAsync(CancellationToken t) => Task.CompletedTask;
        }
        """;

    [Fact]
    public void A_base_in_the_same_project_is_listed_from_its_workers()
    {
        var run = GeneratorHarness.Run(Usings + Base, Usings + Derived);

        Assert.Contains("new global::Supervise.Supervisor[] { base.PumpSupervisor, PollSupervisor };", DerivedSource(run));
        Assert.Empty(Problems(run));
    }

    [Fact]
    public void A_base_in_a_referenced_assembly_is_listed_from_its_generated_properties()
    {
        var library = GeneratorHarness.Run(Usings + Base);
        Assert.Empty(Problems(library));
        using var image = new MemoryStream();
        // The harness makes every warning an error, CS1591 among them: the library is built as a project would be.
        var libraryBuild = library.OutputCompilation.WithOptions(library.OutputCompilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Default));
        Assert.True(libraryBuild.Emit(image).Success);

        var consumer = GeneratorHarness.CreateCompilation([Usings + Derived])
            .AddReferences(MetadataReference.CreateFromImage(image.ToArray()));
        var run = GeneratorHarness.Run(consumer);

        Assert.Contains("new global::Supervise.Supervisor[] { base.PumpSupervisor, PollSupervisor };", DerivedSource(run));
        Assert.Empty(Problems(run));
    }

    [Fact]
    public void A_worker_named_like_a_base_worker_gets_its_own_supervisor_that_hides_the_base_one_without_a_warning()
    {
        var run = GeneratorHarness.Run(Usings + Base, Usings + Derived.Replace("PollAsync", "PumpAsync"));

        var derived = DerivedSource(run);
        Assert.Contains("public new global::Supervise.Supervisor PumpSupervisor", derived);
        Assert.Contains("new global::Supervise.Supervisor[] { base.PumpSupervisor, PumpSupervisor };", derived);
        Assert.Empty(Problems(run));
    }

    [Fact]
    public void A_base_worker_the_generator_skips_is_not_listed()
    {
        var run = GeneratorHarness.Run(Usings + Base.Replace("[Supervised]", "[Supervised(RestartDelayMs = -1)]"), Usings + Derived);

        Assert.Contains("new global::Supervise.Supervisor[] { PollSupervisor };", DerivedSource(run));
        Assert.Empty(Problems(run));
    }

    [Fact]
    public void A_base_that_implements_the_interface_by_hand_keeps_it()
    {
        var handListed = Base.Replace("public partial class Base", "public partial class Base : ISupervisedWorkers")
            .Replace("=> Task.CompletedTask;", "=> Task.CompletedTask;\n    System.Collections.Generic.IReadOnlyList<Supervisor> ISupervisedWorkers.Supervisors => new[] { PumpSupervisor };");
        var run = GeneratorHarness.Run(Usings + handListed, Usings + Derived);

        Assert.DoesNotContain("ISupervisedWorkers", DerivedSource(run));
        Assert.Empty(Problems(run));
    }

    private static string DerivedSource(GeneratorRun run) =>
        run.Sources.Single(source => source.HintName == "Derived.g.cs").SourceText.ToString();

    // CS1591: the test sources have no XML comments, which DocumentationMode.Diagnose reports.
    private static IEnumerable<Diagnostic> Problems(GeneratorRun run) =>
        run.CompilationProblems().Where(diagnostic => diagnostic.Id != "CS1591");
}

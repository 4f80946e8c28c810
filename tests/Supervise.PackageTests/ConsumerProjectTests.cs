using Supervise.PackageTests.Support;

namespace Supervise.PackageTests;

/// <summary>
/// Projects that use the packages as a user's do, through PackageReference from a package source, built
/// and run with the dotnet CLI. The projects are under Consumers/.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class ConsumerProjectTests(PackedPackages packages)
{
    [Fact]
    public async Task A_console_app_runs_its_worker_and_restarts_it_through_the_generated_supervisor()
    {
        var app = packages.CopyConsumer("ConsoleApp");

        var build = await app.BuildAsync();
        Assert.True(build.Succeeded, build.Describe());
        var run = await app.RunAsync();

        Assert.True(run.Succeeded, run.Describe());
        Assert.True(run.Output.Contains("runs=3 restarts=2 state=Stopped", StringComparison.Ordinal), run.Describe());
    }

    [Fact]
    public async Task A_console_app_at_CSharp_8_without_nullable_builds_with_no_warning_under_warnings_as_errors_and_the_AOT_analyzers()
    {
        var app = packages.CopyConsumer("StrictConsoleApp");

        var build = await app.BuildAsync();

        Assert.True(build.Succeeded, build.Describe());
        Assert.True(BuildWarnings.In(build).Count == 0, build.Describe());
    }

    [Fact]
    public async Task A_netstandard2_0_library_supervises_its_worker_inside_the_net10_app_that_references_it()
    {
        packages.CopyConsumer("NetStandardLibrary");
        var app = packages.CopyConsumer("NetStandardConsumer");

        var build = await app.BuildAsync();
        Assert.True(build.Succeeded, build.Describe());
        var run = await app.RunAsync();

        Assert.True(run.Succeeded, run.Describe());
        Assert.True(run.Output.Contains("runs=3 restarts=2", StringComparison.Ordinal), run.Describe());
    }

    [Fact]
    public async Task The_analyzers_package_alone_reports_the_worker_rules_on_a_BackgroundService()
    {
        var project = packages.CopyConsumer("AnalyzersOnly");

        var build = await project.BuildAsync();

        Assert.True(build.Succeeded, build.Describe());
        string[] expected = ["SUP102", "SUP104"];
        Assert.True(BuildWarnings.In(build).SequenceEqual(expected), $"Expected warnings {string.Join(", ", expected)}. " + build.Describe());
    }

    [Fact]
    public async Task A_project_that_references_both_packages_sees_each_warning_once()
    {
        var project = packages.CopyConsumer("BothPackages");

        var build = await project.BuildAsync("-p:ErrorLog=diagnostics.sarif,version=2.1");

        Assert.True(build.Succeeded, build.Describe());
        var reported = SarifResults.RuleIds(Path.Combine(project.Directory, "diagnostics.sarif")).Where(id => id.StartsWith("SUP", StringComparison.Ordinal)).ToList();
        Assert.True(reported.Order(StringComparer.Ordinal).SequenceEqual(["SUP102", "SUP104"]), $"Reported: {string.Join(", ", reported)}. " + build.Describe());
    }

    [Fact]
    public async Task A_generic_host_runs_restarts_and_stops_a_worker_through_Supervise_Hosting()
    {
        var app = packages.CopyConsumer("GenericHostApp");

        var build = await app.BuildAsync();
        Assert.True(build.Succeeded, build.Describe());
        var run = await app.RunAsync();

        Assert.True(run.Succeeded, run.Describe());
        Assert.True(run.Output.Contains("host stopped: runs=2 restarts=1 health=Healthy", StringComparison.Ordinal), run.Describe());
    }
}

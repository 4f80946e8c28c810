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

    // Microsoft.Extensions.Hosting 11 changed how a failed BackgroundService surfaces (RunAsync throws); a give-up
    // must still end the process the one way the README promises, whichever hosting a consumer has.
    [Theory]
    [InlineData("10", "plain")]
    [InlineData("10", "background-service")]
    [InlineData("11.0.0", "plain")]
    [InlineData("11.0.0", "background-service")]
    public async Task A_give_up_ends_the_host_with_a_failure_exit_code_one_critical_line_and_no_unhandled_exception(string hosting, string worker)
    {
        var version = hosting == "10" ? CentralPackageVersions.Of(packages.RepositoryRoot, "Microsoft.Extensions.Hosting") : hosting;
        var app = packages.CopyConsumer("GiveUpEscalationApp", $"GiveUpEscalationApp-{version}-{worker}");

        var build = await app.BuildAsync($"-p:MicrosoftExtensionsHostingVersion={version}");
        Assert.True(build.Succeeded, build.Describe());
        var assets = await File.ReadAllTextAsync(Path.Combine(app.Directory, "obj", "project.assets.json"));
        Assert.Contains($"\"Microsoft.Extensions.Hosting/{version}\"", assets, StringComparison.Ordinal);
        var run = await app.RunAsync(worker);

        Assert.False(run.TimedOut, run.Describe());
        Assert.True(run.ExitCode == 1, run.Describe());
        var critical = run.Output.Split('\n').Where(line => line.StartsWith("crit:", StringComparison.Ordinal)).ToList();
        Assert.True(critical.Count == 1, run.Describe());
        Assert.Contains("Supervise.Hosting[201]", critical[0], StringComparison.Ordinal);
        Assert.False(run.Output.Contains("Unhandled exception", StringComparison.Ordinal), run.Describe());
    }
}

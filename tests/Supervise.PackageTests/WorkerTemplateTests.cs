using Supervise.PackageTests.Support;

namespace Supervise.PackageTests;

/// <summary>
/// The Worker Service template converted in a test: <c>dotnet new worker</c>, then <c>partial</c> and
/// <c>[Supervised]</c> on <c>ExecuteAsync</c>, built against the packages and run as a host in a child
/// process whose first runs are made to fail (FAIL_FIRST_RUNS). The app logs each run's number and how
/// many run at once (Templates/RunProbe.cs), which is what these tests read.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class WorkerTemplateTests(PackedPackages packages)
{
    [UnixFact]
    public async Task With_the_templates_own_AddHostedService_line_the_failing_worker_is_restarted_one_run_at_a_time_and_SIGTERM_stops_it_cleanly()
    {
        var app = await WorkerTemplate.CreateAsync(packages, "HostedTemplateWorker", "[Supervised(Policy = RestartPolicy.Fixed, RestartDelayMs = 200)]");
        var build = await app.BuildAsync();
        Assert.True(build.Succeeded, build.Describe());
        Assert.True(!BuildWarnings.In(build).Any(id => id.StartsWith("SUP", StringComparison.Ordinal) || id.StartsWith("CS", StringComparison.Ordinal)), build.Describe());

        await using var host = HostProcess.Start(app, new Dictionary<string, string> { ["FAIL_FIRST_RUNS"] = "2" });
        await host.WaitForOutputAsync("probe: run 3 started");
        host.Terminate();
        var exitCode = await host.ExitCodeAsync();

        var output = host.Output;
        Assert.True(exitCode == 0, $"Exit code {exitCode}. Output:\n{output}");
        foreach (var line in new[]
        {
            "probe: run 1 started (1 running)", "probe: run 1 fails on purpose",
            "probe: run 2 started (1 running)", "probe: run 2 fails on purpose",
            "probe: run 3 started (1 running)", "probe: run 3 ended",
            "Application is shutting down...",
        })
        {
            Assert.True(output.Contains(line, StringComparison.Ordinal), $"Missing \"{line}\". Output:\n{output}");
        }

        Assert.True(!output.Contains("(2 running)", StringComparison.Ordinal), "Two runs at once. Output:\n" + output);
        Assert.True(!output.Contains("probe: run 4", StringComparison.Ordinal), "Restarted after the stop. Output:\n" + output);
        Assert.True(!output.Contains("BackgroundService failed", StringComparison.Ordinal), "The host saw the failures. Output:\n" + output);
    }

    [Fact]
    public async Task With_AddSupervisedWorkers_instead_a_worker_that_gives_up_stops_the_host_with_exit_code_1()
    {
        var app = await WorkerTemplate.CreateAsync(packages, "SupervisedTemplateWorker", "[Supervised(Policy = RestartPolicy.Immediate, MaxRestarts = 1)]");
        WorkerTemplate.EditProgram(app, "builder.Services.AddHostedService<Worker>();", "builder.Services.AddSupervisedWorkers<Worker>();");
        var build = await app.BuildAsync();
        Assert.True(build.Succeeded, build.Describe());

        await using var host = HostProcess.Start(app, new Dictionary<string, string> { ["FAIL_FIRST_RUNS"] = "100" });
        var exitCode = await host.ExitCodeAsync();

        var output = host.Output;
        Assert.True(exitCode == 1, $"Exit code {exitCode}. Output:\n{output}");
        Assert.True(output.Contains("probe: run 2 fails on purpose", StringComparison.Ordinal), output);
        Assert.True(!output.Contains("probe: run 3", StringComparison.Ordinal), output);
        Assert.True(!output.Contains("(2 running)", StringComparison.Ordinal), output);
        Assert.True(output.Contains("Restarting worker Worker.Execute in 0 ms (attempt 2)", StringComparison.Ordinal), output);
        Assert.True(output.Contains("Supervisor Worker.Execute gave up on its worker", StringComparison.Ordinal), output);
    }

    [Fact]
    public async Task With_both_registrations_the_host_fails_to_start_saying_which_line_to_remove_and_the_worker_never_runs()
    {
        var app = await WorkerTemplate.CreateAsync(packages, "TwiceRegisteredTemplateWorker", "[Supervised]");
        WorkerTemplate.EditProgram(app, "builder.Services.AddHostedService<Worker>();", "builder.Services.AddHostedService<Worker>();\nbuilder.Services.AddSupervisedWorkers<Worker>();");
        var build = await app.BuildAsync();
        Assert.True(build.Succeeded, build.Describe());

        await using var host = HostProcess.Start(app, new Dictionary<string, string>());
        var exitCode = await host.ExitCodeAsync();

        var output = host.Output;
        Assert.True(exitCode != 0, output);
        Assert.True(output.Contains("remove the line AddHostedService<Worker>()", StringComparison.Ordinal), output);
        Assert.True(!output.Contains("probe: run", StringComparison.Ordinal), output);
    }
}

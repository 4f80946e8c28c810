using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// Run one benchmark class, all of them, or a dry pass: see README.md beside this file.
// A benchmark that throws or a validation error fails the process, so CI's dry pass catches rot.
// Results go beside the build output unless --artifacts says otherwise, never into the repository's root.
// --baseline-checkout DIR runs every job twice, built from that earlier checkout and from this one (see BaselineCheckout).
args = Supervise.Benchmarks.BaselineCheckout.Extract(args);
var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
if (Supervise.Benchmarks.BaselineCheckout.Path is not null)
{
    // One build at a time: both builds write this project's output folder.
    config = Supervise.Benchmarks.BaselineCheckout.Jobs(Job.Default)
        .Aggregate((IConfig)config, (each, job) => each.AddJob(job))
        .WithOption(ConfigOptions.DisableParallelBuild, true)

        // Two full builds of the solution's Roslyn components take longer than the default two minutes on a busy machine.
        .WithBuildTimeout(TimeSpan.FromMinutes(15));
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;

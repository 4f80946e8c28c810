using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Run one benchmark class, all of them, or a dry pass: see README.md beside this file.
// A benchmark that throws or a validation error fails the process, so CI's dry pass catches rot.
// Results go beside the build output unless --artifacts says otherwise, never into the repository's root.
var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;

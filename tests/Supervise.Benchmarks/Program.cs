using BenchmarkDotNet.Running;

// Run one benchmark class, all of them, or a dry pass: see README.md beside this file.
// A benchmark that throws or a validation error fails the process, so CI's dry pass catches rot.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;

using BenchmarkDotNet.Running;

// Run one benchmark class, all of them, or a dry pass: see README.md beside this file.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

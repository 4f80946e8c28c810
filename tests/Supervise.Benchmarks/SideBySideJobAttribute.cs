using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace Supervise.Benchmarks;

/// <summary>A job of a class's own, which a side-by-side run (<see cref="BaselineCheckout"/>) runs for both checkouts.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SideBySideJobAttribute : Attribute, IConfigSource
{
    public SideBySideJobAttribute(RunStrategy strategy, int warmupCount, int iterationCount, int invocationCount)
    {
        var job = Job.Default.WithStrategy(strategy).WithWarmupCount(warmupCount).WithIterationCount(iterationCount).WithInvocationCount(invocationCount);
        Config = BaselineCheckout.Jobs(job).Aggregate(ManualConfig.CreateEmpty(), (config, each) => config.AddJob(each));
    }

    public IConfig Config { get; }
}

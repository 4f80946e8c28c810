using BenchmarkDotNet.Attributes;

namespace Supervise.Benchmarks.RestartCycle;

/// <summary>
/// The cost of one restart cycle for a worker that yields once (await Task.Yield()) and completes: the generated supervisor against a
/// hand-written loop (the floor: try, await, catch, count) and a Polly retry pipeline.
/// </summary>
[MemoryDiagnoser]
public class YieldsBenchmarks
{
    private readonly CycleWorkers _workers = new();

    [Benchmark(Baseline = true, OperationsPerInvoke = CycleWorkers.Cycles)]
    public async Task<int> HandWritten()
    {
        var token = _workers.Reset();
        var cycles = 0;
        while (!token.IsCancellationRequested)
        {
            try
            {
                await _workers.YieldsAsync(token).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Swallowed, as a restart loop does.
            }

            cycles++;
        }

        return cycles;
    }

    [Benchmark(OperationsPerInvoke = CycleWorkers.Cycles)]
    public Task Generated() => _workers.YieldsSupervisor.RunAsync(_workers.Reset());

    [Benchmark(OperationsPerInvoke = CycleWorkers.Cycles)]
    public Task Polly() => RestartLoops.RunPollyAsync(static (workers, token) => workers.YieldsAsync(token), _workers, _workers.Reset());
}

#if !BASELINE_CHECKOUT
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Supervise.Benchmarks.Scale;

/// <summary>
/// Ten thousand children of one <see cref="SupervisorSet{TKey}"/> against ten thousand plain
/// supervisors of the same idle worker: what starting them allocates per supervisor, and the time to
/// stop them all (issue target: at most 1.2 times the plain supervisors' figures).
/// </summary>
[MemoryDiagnoser]
[SideBySideJob(RunStrategy.Monitoring, warmupCount: 2, iterationCount: 10, invocationCount: 1)]
public class KeyedScaleBenchmarks
{
    private WaitingWorker[] _plain = [];
    private SupervisorSet<int>? _set;

    [Benchmark(Baseline = true)]
    public Task StartPlain()
    {
        var started = new StartCounter(ScaleBenchmarks.Workers);
        _plain = new WaitingWorker[ScaleBenchmarks.Workers];
        for (var i = 0; i < _plain.Length; i++)
        {
            _plain[i] = new WaitingWorker(started);
            _plain[i].WaitSupervisor.Start();
        }

        return started.AllStarted;
    }

    [IterationCleanup(Targets = [nameof(StartPlain), nameof(StopPlain)])]
    public void CleanUpPlain() => Task.WhenAll(_plain.Select(worker => worker.WaitSupervisor.StopAsync())).GetAwaiter().GetResult();

    [IterationSetup(Target = nameof(StopPlain))]
    public void StartBeforeStopPlain() => StartPlain().GetAwaiter().GetResult();

    [Benchmark]
    public Task StopPlain() => Task.WhenAll(_plain.Select(worker => worker.WaitSupervisor.StopAsync()));

    [Benchmark]
    public Task StartKeyed()
    {
        var started = new StartCounter(ScaleBenchmarks.Workers);
        var set = _set = new KeyedWaitingWorker(started).WaitSupervisors;
        for (var key = 0; key < ScaleBenchmarks.Workers; key++)
        {
            set.Start(key);
        }

        return started.AllStarted;
    }

    [IterationCleanup(Targets = [nameof(StartKeyed), nameof(StopKeyed)])]
    public void CleanUpKeyed() => _set?.StopAllAsync().GetAwaiter().GetResult();

    [IterationSetup(Target = nameof(StopKeyed))]
    public void StartBeforeStopKeyed() => StartKeyed().GetAwaiter().GetResult();

    [Benchmark]
    public Task StopKeyed() => _set!.StopAllAsync();
}

/// <summary>The idle worker of <see cref="WaitingWorker"/>, once per key.</summary>
public sealed partial class KeyedWaitingWorker(StartCounter started)
{
    [Supervised(ShutdownTimeoutMs = 5_000)]
    internal Task WaitAsync(int key, CancellationToken stoppingToken)
    {
        started.Signal();
        return Task.Delay(Timeout.Infinite, stoppingToken);
    }
}
#endif

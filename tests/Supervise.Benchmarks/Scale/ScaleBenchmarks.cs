using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Supervise.Benchmarks.Scale;

/// <summary>
/// Ten thousand idle workers. The start benchmarks compare what supervising them allocates against
/// starting the same workers bare (their own state machines and delays): the difference divided by
/// <see cref="Workers"/> is the memory each supervisor costs. <see cref="StopAll"/> is the time to stop
/// every supervisor at once.
/// </summary>
[MemoryDiagnoser]
[SideBySideJob(RunStrategy.Monitoring, warmupCount: 2, iterationCount: 10, invocationCount: 1)]
public class ScaleBenchmarks
{
    public const int Workers = 10_000;

    private CancellationTokenSource _bareStop = new();
    private Task[] _bareRuns = [];
    private WaitingWorker[] _supervised = [];

    [Benchmark(Baseline = true)]
    public Task StartBare()
    {
        var started = new StartCounter(Workers);
        _bareStop = new CancellationTokenSource();
        _bareRuns = new Task[Workers];
        for (var i = 0; i < Workers; i++)
        {
            _bareRuns[i] = new WaitingWorker(started).WaitAsync(_bareStop.Token);
        }

        return started.AllStarted;
    }

    [IterationCleanup(Target = nameof(StartBare))]
    public void StopBare()
    {
        _bareStop.Cancel();
        Task.WaitAny(Task.WhenAll(_bareRuns));
        _bareStop.Dispose();
    }

    [Benchmark]
    public Task StartSupervised() => StartAllSupervised();

    [IterationCleanup(Target = nameof(StartSupervised))]
    public void StopSupervised() => StopAll().GetAwaiter().GetResult();

    [IterationSetup(Target = nameof(StopAll))]
    public void StartBeforeStop() => StartAllSupervised().GetAwaiter().GetResult();

    [Benchmark]
    public Task StopAll() => Task.WhenAll(_supervised.Select(worker => worker.WaitSupervisor.StopAsync()));

    private Task StartAllSupervised()
    {
        var started = new StartCounter(Workers);
        _supervised = new WaitingWorker[Workers];
        for (var i = 0; i < Workers; i++)
        {
            _supervised[i] = new WaitingWorker(started);
            _supervised[i].WaitSupervisor.Start();
        }

        return started.AllStarted;
    }
}

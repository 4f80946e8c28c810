#if !BASELINE_CHECKOUT
using BenchmarkDotNet.Attributes;

namespace Supervise.Benchmarks.RestartCycle;

/// <summary>
/// One strategy restart of a group of three (<c>RestForOne</c>, <c>Immediate</c>): the first child fails
/// and the group restarts all three in order. The baseline is the same by hand with three plain
/// supervisors: the other two stopped in reverse order, then all three started again in order
/// (issue target: at most 1.5 times the baseline).
/// </summary>
[MemoryDiagnoser]
public class GroupRestartBenchmarks
{
    private readonly ThreeStages _grouped = new();
    private readonly ThreeStages _byHand = new();
    private Task _groupRun = Task.CompletedTask;

    [GlobalSetup]
    public void Start()
    {
        _groupRun = _grouped.Stages.Group.RunAsync();
        _grouped.AllStarted().GetAwaiter().GetResult();
        foreach (var supervisor in _byHand.Plain)
        {
            supervisor.Start();
        }

        _byHand.AllStarted().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Stop()
    {
        _grouped.Stages.Group.StopAsync().GetAwaiter().GetResult();
        _groupRun.GetAwaiter().GetResult();
        foreach (var supervisor in _byHand.Plain.Reverse())
        {
            supervisor.StopAsync().GetAwaiter().GetResult();
        }
    }

    [Benchmark(Baseline = true)]
    public async Task ByHand()
    {
        var started = _byHand.Arm();
        await _byHand.Plain[2].StopAsync();
        await _byHand.Plain[1].StopAsync();
        await _byHand.Plain[0].StopAsync();
        foreach (var supervisor in _byHand.Plain)
        {
            supervisor.Start();
        }

        await started;
    }

    [Benchmark]
    public Task Grouped()
    {
        var started = _grouped.Arm();
        _grouped.FailFirst();
        return started;
    }
}

/// <summary>Three idle stages that count their starts, as a group and as three plain supervisors.</summary>
public sealed class ThreeStages
{
    private TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _fail = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _remaining = 3;

    public ThreeStages()
    {
        Stages = new GroupedStages(this);
        var plain = new PlainStages(this);
        Plain = [plain.FirstSupervisor, plain.SecondSupervisor, plain.ThirdSupervisor];
    }

    public GroupedStages Stages { get; }

    public Supervisor[] Plain { get; }

    public Task AllStarted() => _started.Task;

    /// <summary>Expects three starts from now on; the returned task completes after them.</summary>
    public Task Arm()
    {
        _started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _remaining, 3);
        return _started.Task;
    }

    public void FailFirst() => Interlocked.Exchange(ref _fail, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public async Task RunFirstAsync(CancellationToken stoppingToken)
    {
        var fail = Volatile.Read(ref _fail).Task;
        Signal();
        await Task.WhenAny(fail, Task.Delay(Timeout.Infinite, stoppingToken)).ConfigureAwait(false);
        stoppingToken.ThrowIfCancellationRequested();
        throw new InvalidOperationException("The first stage failed.");
    }

    public Task RunOtherAsync(CancellationToken stoppingToken)
    {
        Signal();
        return Task.Delay(Timeout.Infinite, stoppingToken);
    }

    private void Signal()
    {
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            _started.TrySetResult();
        }
    }
}

[SupervisionGroup(Strategy = SupervisionStrategy.RestForOne, MaxRestarts = -1)]
public sealed partial class GroupedStages(ThreeStages stages)
{
    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task FirstAsync(CancellationToken stoppingToken) => stages.RunFirstAsync(stoppingToken);

    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task SecondAsync(CancellationToken stoppingToken) => stages.RunOtherAsync(stoppingToken);

    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task ThirdAsync(CancellationToken stoppingToken) => stages.RunOtherAsync(stoppingToken);
}

public sealed partial class PlainStages(ThreeStages stages)
{
    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task FirstAsync(CancellationToken stoppingToken) => stages.RunOtherAsync(stoppingToken);

    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task SecondAsync(CancellationToken stoppingToken) => stages.RunOtherAsync(stoppingToken);

    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task ThirdAsync(CancellationToken stoppingToken) => stages.RunOtherAsync(stoppingToken);
}
#endif

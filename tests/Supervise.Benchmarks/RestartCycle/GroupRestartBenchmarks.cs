#if !BASELINE_CHECKOUT
using BenchmarkDotNet.Attributes;

namespace Supervise.Benchmarks.RestartCycle;

/// <summary>
/// One strategy restart of a group of three (<c>RestForOne</c>, <c>Immediate</c>): the first child fails
/// and the group restarts all three in order. The baseline is the same by hand with three plain
/// supervisors: the other two stopped in reverse order, then all three started again (issue target: at
/// most 1.5 times the baseline). <see cref="ByHandInOrder"/> starts each only once the one before it has
/// called its worker, as the group does. <see cref="ByHandAfterFailure"/> is the closest by hand to the
/// group's whole work: the first worker fails and its own supervisor restarts it at once (a supervisor
/// alone cannot hold it back until the others have stopped), the other two are stopped in reverse
/// order, and started again in order once the first has run again.
/// </summary>
[MemoryDiagnoser]
public class GroupRestartBenchmarks
{
    private readonly ThreeStages _grouped = new();
    private readonly ThreeStages _byHand = new();
    private readonly ThreeStages _afterFailure = new();
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
        _afterFailure.Arm();
        foreach (var supervisor in _afterFailure.AfterFailure)
        {
            supervisor.Start();
        }

        _afterFailure.AllStarted().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Stop()
    {
        _grouped.Stages.Group.StopAsync().GetAwaiter().GetResult();
        _groupRun.GetAwaiter().GetResult();
        foreach (var supervisor in _byHand.Plain.Reverse().Concat(_afterFailure.AfterFailure.Reverse()))
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
    public async Task ByHandInOrder()
    {
        var started = _byHand.ArmEach();
        await _byHand.Plain[2].StopAsync();
        await _byHand.Plain[1].StopAsync();
        await _byHand.Plain[0].StopAsync();
        for (var i = 0; i < started.Length; i++)
        {
            _byHand.Plain[i].Start();
            await started[i];
        }
    }

    [Benchmark]
    public async Task ByHandAfterFailure()
    {
        var started = _afterFailure.ArmEach();
        var failed = _afterFailure.ArmFailure();
        _afterFailure.FailFirst();
        await failed;
        await _afterFailure.AfterFailure[2].StopAsync();
        await _afterFailure.AfterFailure[1].StopAsync();
        await started[0];
        for (var i = 1; i < started.Length; i++)
        {
            _afterFailure.AfterFailure[i].Start();
            await started[i];
        }
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
    private TaskCompletionSource _failed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource[] _each = [];
    private int _remaining = 3;

    public ThreeStages()
    {
        Stages = new GroupedStages(this);
        var plain = new PlainStages(this);
        Plain = [plain.FirstSupervisor, plain.SecondSupervisor, plain.ThirdSupervisor];
        AfterFailure = [plain.FailingFirstSupervisor, plain.SecondSupervisor, plain.ThirdSupervisor];
    }

    public GroupedStages Stages { get; }

    public Supervisor[] Plain { get; }

    /// <summary>The plain supervisors again, the first one's worker failing as the group's first child's does.</summary>
    public Supervisor[] AfterFailure { get; }

    public Task AllStarted() => _started.Task;

    /// <summary>Expects three starts from now on; the returned task completes after them.</summary>
    public Task Arm()
    {
        _started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _each = [];
        Volatile.Write(ref _remaining, 3);
        return _started.Task;
    }

    /// <summary>Expects three starts from now on; the returned tasks complete after the first, second and third.</summary>
    public Task[] ArmEach()
    {
        var each = new TaskCompletionSource[3];
        for (var i = 0; i < each.Length; i++)
        {
            each[i] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        Arm();
        _each = each;
        return [each[0].Task, each[1].Task, each[2].Task];
    }

    /// <summary>The returned task completes when the first stage's worker is about to throw.</summary>
    public Task ArmFailure()
    {
        _failed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _failed.Task;
    }

    public void FailFirst() => Interlocked.Exchange(ref _fail, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public async Task RunFirstAsync(CancellationToken stoppingToken)
    {
        var fail = Volatile.Read(ref _fail).Task;
        Signal();
        await Task.WhenAny(fail, Task.Delay(Timeout.Infinite, stoppingToken)).ConfigureAwait(false);
        stoppingToken.ThrowIfCancellationRequested();
        _failed.TrySetResult();
        throw new InvalidOperationException("The first stage failed.");
    }

    public Task RunOtherAsync(CancellationToken stoppingToken)
    {
        Signal();
        return Task.Delay(Timeout.Infinite, stoppingToken);
    }

    private void Signal()
    {
        var remaining = Interlocked.Decrement(ref _remaining);
        if (_each.Length == 3 && remaining is >= 0 and < 3)
        {
            _each[2 - remaining].TrySetResult();
        }

        if (remaining == 0)
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
    private Task FailingFirstAsync(CancellationToken stoppingToken) => stages.RunFirstAsync(stoppingToken);

    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task FirstAsync(CancellationToken stoppingToken) => stages.RunOtherAsync(stoppingToken);

    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task SecondAsync(CancellationToken stoppingToken) => stages.RunOtherAsync(stoppingToken);

    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task ThirdAsync(CancellationToken stoppingToken) => stages.RunOtherAsync(stoppingToken);
}
#endif

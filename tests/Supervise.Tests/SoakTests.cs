using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

/// <summary>
/// Many restarts in one run must not grow memory: no timer, token registration or linked token
/// source may be left behind per restart. Short in the normal run; set SUPERVISE_SOAK_RESTARTS for a
/// longer soak.
/// </summary>
[Collection(nameof(UnobservedExceptionsCollection))]
public sealed class SoakTests
{
    private const int WarmUpRuns = 10_000;
    private const long AllowedGrowthBytes = 256 * 1024;

    private static int Restarts =>
        int.TryParse(Environment.GetEnvironmentVariable("SUPERVISE_SOAK_RESTARTS"), out var restarts) && restarts > 0 ? restarts : 100_000;

    [Fact]
    public async Task Immediate_restarts_of_a_completing_and_failing_worker_do_not_grow_memory()
    {
        var growth = await MeasureGrowthAsync(pause => new DelegateWorker(token => Run(pause)).WorkSupervisor);

        Assert.True(growth < AllowedGrowthBytes, $"memory grew by {growth} bytes over {Restarts} restarts");
    }

    [Fact]
    public async Task Immediate_restarts_under_the_heartbeat_watchdog_do_not_grow_memory()
    {
        var growth = await MeasureGrowthAsync(pause => new ImmediateHeartbeatWorker(context => Run(pause)).WorkSupervisor);

        Assert.True(growth < AllowedGrowthBytes, $"memory grew by {growth} bytes over {Restarts} restarts");
    }

    private static Task Run(Pauses pause)
    {
        var run = ++pause.Runs;
        if (run == WarmUpRuns || run == WarmUpRuns + Restarts)
        {
            return pause.At(run);
        }

        return run % 2 == 0 ? Task.FromException(new InvalidOperationException("soak")) : Task.CompletedTask;
    }

    private static async Task<long> MeasureGrowthAsync(Func<Pauses, Supervisor> create)
    {
        var pauses = new Pauses();
        var supervisor = create(pauses);
        await using var run = SupervisorRun.Start(supervisor);

        await Guard.Within(pauses.Reached(WarmUpRuns));
        var before = SettledHeapSize();
        pauses.Release(WarmUpRuns);

        await Guard.Within(pauses.Reached(WarmUpRuns + Restarts));
        var after = SettledHeapSize();
        Assert.Equal(WarmUpRuns + Restarts - 1, supervisor.RestartCount);
        pauses.Release(WarmUpRuns + Restarts);
        return after - before;
    }

    private static long SettledHeapSize()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>Two points where the worker waits for the test: after the warm-up and after the soak.</summary>
    private sealed class Pauses
    {
        private readonly Dictionary<int, (TaskCompletionSource Reached, TaskCompletionSource Released)> _points = new()
        {
            [WarmUpRuns] = (new(TaskCreationOptions.RunContinuationsAsynchronously), new(TaskCreationOptions.RunContinuationsAsynchronously)),
            [WarmUpRuns + Restarts] = (new(TaskCreationOptions.RunContinuationsAsynchronously), new(TaskCreationOptions.RunContinuationsAsynchronously)),
        };

        public int Runs { get; set; }

        public Task At(int run)
        {
            _points[run].Reached.TrySetResult();
            return _points[run].Released.Task;
        }

        public Task Reached(int run) => _points[run].Reached.Task;

        public void Release(int run) => _points[run].Released.TrySetResult();
    }
}

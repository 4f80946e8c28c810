using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task RestartCount_is_exact_when_many_supervisors_restart_concurrently()
    {
        const int Supervisors = 8;
        const int RunsEach = 2_000;
        var runs = new int[Supervisors];
        var stops = Enumerable.Range(0, Supervisors).Select(_ => new CancellationTokenSource()).ToArray();
        var supervisors = Enumerable.Range(0, Supervisors)
            .Select(index => new DelegateWorker(async _ =>
            {
                await Task.Yield();
                if (Interlocked.Increment(ref runs[index]) == RunsEach)
                {
                    await stops[index].CancelAsync();
                }
                else if (runs[index] % 3 == 0)
                {
                    throw new InvalidOperationException("every third run fails");
                }
            }).WorkSupervisor)
            .ToArray();

        // A reader on another thread sees the counts only ever grow.
        var observedDecrease = false;
        using var readerStop = new CancellationTokenSource();
        var reader = Task.Run(() =>
        {
            var last = new int[Supervisors];
            while (!readerStop.IsCancellationRequested)
            {
                for (var i = 0; i < Supervisors; i++)
                {
                    var count = supervisors[i].RestartCount;
                    observedDecrease |= count < last[i];
                    last[i] = count;
                }
            }
        });

        await Guard.Within(Task.WhenAll(supervisors.Select((supervisor, i) => Task.Run(() => supervisor.RunAsync(stops[i].Token)))));
        await readerStop.CancelAsync();
        await Guard.Within(reader);

        Assert.All(supervisors, supervisor => Assert.Equal(RunsEach - 1, supervisor.RestartCount));
        Assert.All(runs, count => Assert.Equal(RunsEach, count));
        Assert.False(observedDecrease);
        foreach (var stop in stops)
        {
            stop.Dispose();
        }
    }
}

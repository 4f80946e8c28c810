using System.Collections.Concurrent;
using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

public sealed class ProgressReportTests
{
    private readonly WorkerScript _script = new();
    private readonly ConcurrentQueue<SupervisionContext> _contexts = new();
    private readonly List<double> _delays = new();
    private readonly Supervisor _supervisor;

    public ProgressReportTests()
    {
        _supervisor = new ProgressWorker(context =>
        {
            _contexts.Enqueue(context);
            return _script.RunAsync(context.StoppingToken);
        }).WorkSupervisor;
        _supervisor.Restarting += (_, restart) => _delays.Add(restart.Delay.TotalMilliseconds);
    }

    [Fact]
    public async Task A_failure_after_a_progress_report_starts_the_backoff_and_the_failure_count_again()
    {
        await using var run = SupervisorRun.Start(_supervisor);

        await FailAsync(run, occurrence: 1);
        await FailAsync(run, occurrence: 2);
        await FailAsync(run, occurrence: 3);
        Assert.Equal(3, _supervisor.ConsecutiveFailures);
        await FailAsync(run, occurrence: 4, beforeFailing: context => context.ReportProgress());
        Assert.Equal(1, _supervisor.ConsecutiveFailures);
        await FailAsync(run, occurrence: 5);

        Assert.Equal([100, 200, 400, 100, 200], _delays);
        Assert.Equal(2, _supervisor.ConsecutiveFailures);
    }

    [Fact]
    public async Task Heartbeats_alone_do_not_reset_the_backoff()
    {
        await using var run = SupervisorRun.Start(_supervisor);

        await FailAsync(run, occurrence: 1, beforeFailing: context => context.Heartbeat());
        await FailAsync(run, occurrence: 2, beforeFailing: context => context.Heartbeat());

        Assert.Equal([100, 200], _delays);
        Assert.Equal(2, _supervisor.ConsecutiveFailures);
    }

    [Fact]
    public async Task A_progress_report_on_the_context_of_a_run_that_ended_counts_for_nothing()
    {
        await using var run = SupervisorRun.Start(_supervisor);
        await FailAsync(run, occurrence: 1);
        var ended = _contexts.First();

        var current = await _script.NextRunAsync();
        ended.ReportProgress();
        current.Fail(new InvalidOperationException("still broken"));
        await run.WaitForAsync(SupervisorState.WaitingToRestart, 2);

        Assert.Equal([100, 200], _delays);
        Assert.Equal(2, _supervisor.ConsecutiveFailures);
    }

    private async Task FailAsync(SupervisorRun run, int occurrence, Action<SupervisionContext>? beforeFailing = null)
    {
        var current = await _script.NextRunAsync();
        beforeFailing?.Invoke(_contexts.Last());
        current.Fail(new InvalidOperationException("the dependency is down"));
        await run.WaitForAsync(SupervisorState.WaitingToRestart, occurrence);
        run.Advance(10_000);
    }
}

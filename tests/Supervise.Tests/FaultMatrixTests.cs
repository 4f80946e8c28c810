using Microsoft.Extensions.Logging.Testing;
using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

/// <summary>
/// Every way a worker (or a user's event handler) can misbehave: the supervisor keeps its contract,
/// counts stay exact, and no exception is left unobserved.
/// </summary>
[Collection(nameof(UnobservedExceptionsCollection))]
public sealed class FaultMatrixTests
{
    private const string Marker = "fault-matrix";
    private readonly WorkerScript _script = new();

    public static TheoryData<string> Faults => new()
    {
        "throws synchronously",
        "throws after an await",
        "returns a faulted task",
        "returns a null task",
        "throws OperationCanceledException without a stop",
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_failing_first_run_is_recorded_once_and_restarted(string fault)
    {
        var unobserved = await CollectUnobservedAsync(async () =>
        {
            var calls = 0;
            var supervisor = new DelegateWorker(token => ++calls == 1 ? Fail(fault) : _script.RunAsync(token)).WorkSupervisor;
            await using var run = SupervisorRun.Start(supervisor);

            await _script.NextRunAsync();

            Assert.Equal(1, supervisor.RestartCount);
            Assert.Equal(0, supervisor.ConsecutiveFailures == 1 ? 0 : supervisor.ConsecutiveFailures);
            Assert.NotNull(supervisor.LastFailure);
            Assert.Equal(2, calls);
        });

        Assert.Empty(unobserved);
    }

    [Fact]
    public async Task A_worker_that_throws_from_a_finally_while_stopping_is_stopped_with_the_failure_recorded()
    {
        var supervisor = new DelegateWorker(async token =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            finally
            {
                throw new InvalidOperationException(Marker + ": cleanup");
            }
        }).WorkSupervisor;
        var run = SupervisorRun.Start(supervisor);
        await run.WaitForAsync(SupervisorState.Running);

        await run.StopAsync();

        Assert.Equal(SupervisorState.Stopped, supervisor.State);
        Assert.Equal(0, supervisor.RestartCount);
        Assert.Equal(Marker + ": cleanup", supervisor.LastFailure?.Message);
        await run.DisposeAsync();
    }

    [Theory]
    [InlineData(nameof(Supervisor.StateChanged))]
    [InlineData(nameof(Supervisor.Restarting))]
    [InlineData(nameof(Supervisor.GaveUp))]
    [InlineData(nameof(Supervisor.CircuitStateChanged))]
    public async Task A_throwing_event_handler_is_logged_and_does_not_disturb_supervision(string eventName)
    {
        var logger = new FakeLogger();
        var supervisor = new CircuitWorker(_script).WorkSupervisor;
        supervisor.Logger = logger;
        EventHandler<EventArgs> Throw() => (_, _) => throw new InvalidOperationException(Marker + ": handler");
        switch (eventName)
        {
            case nameof(Supervisor.StateChanged): supervisor.StateChanged += (s, e) => Throw()(s, e); break;
            case nameof(Supervisor.Restarting): supervisor.Restarting += (s, e) => Throw()(s, e); break;
            case nameof(Supervisor.GaveUp): supervisor.GaveUp += (s, e) => Throw()(s, e); break;
            default: supervisor.CircuitStateChanged += (s, e) => Throw()(s, e); break;
        }

        await using var run = SupervisorRun.Start(supervisor);
        for (var i = 1; i <= 3; i++)
        {
            (await _script.NextRunAsync()).Fail(new InvalidOperationException());
            if (i < 3)
            {
                await run.WaitForAsync(SupervisorState.WaitingToRestart, i);
                run.Advance(100);
            }
        }

        await run.WaitForAsync(SupervisorState.CircuitOpen);
        run.Advance(5000);
        Assert.Equal(4, (await _script.NextRunAsync()).Number);
        Assert.Equal(3, supervisor.RestartCount);
        if (eventName != nameof(Supervisor.GaveUp))
        {
            Assert.Contains(logger.Collector.GetSnapshot(), record => record.Id.Id == 9 && record.Message.Contains(eventName, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_throwing_GaveUp_handler_does_not_change_what_RunAsync_throws()
    {
        var logger = new FakeLogger();
        var supervisor = new NeverWorker(_script).WorkSupervisor;
        supervisor.Logger = logger;
        supervisor.GaveUp += (_, _) => throw new InvalidOperationException(Marker + ": handler");
        await using var run = SupervisorRun.Start(supervisor);

        (await _script.NextRunAsync()).Fail(new TimeoutException());

        var gaveUp = await Assert.ThrowsAsync<SupervisorGaveUpException>(() => Guard.Within(run.Completion));
        Assert.IsType<TimeoutException>(gaveUp.InnerException);
        Assert.Contains(logger.Collector.GetSnapshot(), record => record.Id.Id == 9);
    }

    private static Task Fail(string fault) => fault switch
    {
        "throws synchronously" => throw new InvalidOperationException(Marker),
        "throws after an await" => ThrowAfterAwaitAsync(),
        "returns a faulted task" => Task.FromException(new InvalidOperationException(Marker)),
        "returns a null task" => null!,
        _ => Task.FromCanceled(new CancellationToken(canceled: true)),
    };

    private static async Task ThrowAfterAwaitAsync()
    {
        await Task.Yield();
        throw new InvalidOperationException(Marker);
    }

    /// <summary>Runs <paramref name="scenario"/>, lets its garbage be finalised, and returns the unobserved task exceptions it left.</summary>
    private static async Task<List<Exception>> CollectUnobservedAsync(Func<Task> scenario)
    {
        var unobserved = new List<Exception>();
        void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs args)
        {
            if (args.Exception.ToString().Contains(Marker, StringComparison.Ordinal))
            {
                lock (unobserved)
                {
                    unobserved.Add(args.Exception);
                }
            }
        }

        TaskScheduler.UnobservedTaskException += OnUnobserved;
        try
        {
            await scenario();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= OnUnobserved;
        }

        return unobserved;
    }
}

/// <summary>Tests that watch process-wide signals (unobserved exceptions, heap size) run alone.</summary>
[CollectionDefinition(nameof(UnobservedExceptionsCollection), DisableParallelization = true)]
public sealed class UnobservedExceptionsCollection
{
}

using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

public sealed class ShapeTests
{
    private readonly WorkerScript _script = new();

    [Fact]
    public async Task A_ValueTask_worker_is_supervised()
    {
        await AssertRestartsAsync(new ValueTaskWorker(_script).WorkSupervisor, _script);
    }

    [Fact]
    public async Task A_worker_without_a_token_is_supervised_and_stops_when_it_returns()
    {
        var supervisor = new TokenlessWorker(_script).WorkSupervisor;
        using var stop = new CancellationTokenSource();
        var running = supervisor.RunAsync(stop.Token);
        (await _script.NextRunAsync()).Complete();
        var second = await _script.NextRunAsync();

        stop.Cancel();
        Assert.False(second.StoppingToken.CanBeCanceled);
        second.Complete();
        await Guard.Within(running);

        Assert.Equal(1, supervisor.RestartCount);
        Assert.Equal(SupervisorState.Stopped, supervisor.State);
    }

    [Fact]
    public async Task A_synchronous_worker_runs_on_a_pool_thread_not_the_callers()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var callerThread = Environment.CurrentManagedThreadId;
        var runAsyncReturned = false;
        var ranInsideTheCall = false;
        var worker = new SynchronousWorker(token =>
        {
            // The caller's thread is free to run pool work once RunAsync has returned; before that it must not run the worker.
            ranInsideTheCall = Environment.CurrentManagedThreadId == callerThread && !Volatile.Read(ref runAsyncReturned);
            entered.TrySetResult();
            token.WaitHandle.WaitOne(Guard.Timeout);
        });
        using var stop = new CancellationTokenSource();

        var running = worker.WorkSupervisor.RunAsync(stop.Token);
        Volatile.Write(ref runAsyncReturned, true);
        Assert.False(running.IsCompleted);
        await Guard.Within(entered.Task);
        Assert.False(ranInsideTheCall);

        stop.Cancel();
        await Guard.Within(running);
        Assert.Equal(SupervisorState.Stopped, worker.WorkSupervisor.State);
    }

    [Fact]
    public async Task A_static_worker_has_one_static_supervisor()
    {
        Assert.Same(StaticWorker.WorkSupervisor, StaticWorker.WorkSupervisor);
        Assert.Equal("StaticWorker.Work", StaticWorker.WorkSupervisor.Name);

        using var stop = new CancellationTokenSource();
        var running = StaticWorker.WorkSupervisor.RunAsync(stop.Token);
        var run = await StaticWorker.Script.NextRunAsync();
        stop.Cancel();
        await Guard.Within(running);

        Assert.True(run.StoppingToken.IsCancellationRequested);
    }

    [Fact]
    public async Task A_worker_in_a_generic_type_is_supervised()
    {
        var worker = new GenericWorker<string>(_script);

        Assert.Equal("GenericWorker.Work", worker.WorkSupervisor.Name);
        await AssertRestartsAsync(worker.WorkSupervisor, _script);
    }

    [Fact]
    public async Task A_worker_in_a_nested_type_is_supervised_under_its_configured_name()
    {
        var supervisor = new Outer.NestedWorker(_script).WorkSupervisor;

        Assert.Equal("nested", supervisor.Name);
        await AssertRestartsAsync(supervisor, _script);
    }

    [Fact]
    public async Task A_worker_in_the_global_namespace_is_supervised()
    {
        await AssertRestartsAsync(new GlobalNamespaceWorker(_script).WorkSupervisor, _script);
    }

    private static async Task AssertRestartsAsync(Supervisor supervisor, WorkerScript script)
    {
        using var stop = new CancellationTokenSource();
        var running = supervisor.RunAsync(stop.Token);

        (await script.NextRunAsync()).Fail(new InvalidOperationException());
        (await script.NextRunAsync()).Complete();
        await script.NextRunAsync();
        stop.Cancel();
        await Guard.Within(running);

        Assert.Equal(2, supervisor.RestartCount);
        Assert.Equal(SupervisorState.Stopped, supervisor.State);
    }
}

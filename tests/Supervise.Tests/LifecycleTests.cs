using Microsoft.Extensions.Time.Testing;
using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

public sealed class LifecycleTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly WorkerScript _script = new();

    [Fact]
    public async Task Starting_a_running_supervisor_again_throws_instead_of_starting_a_second_loop()
    {
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        supervisor.TimeProvider = _time;
        supervisor.Start();
        await _script.NextRunAsync();

        Assert.Throws<InvalidOperationException>(supervisor.Start);
        await Assert.ThrowsAsync<InvalidOperationException>(() => supervisor.RunAsync());
        Assert.Equal(1, _script.RunCount);

        await Guard.Within(supervisor.StopAsync());
    }

    [Fact]
    public async Task A_stopped_supervisor_can_run_again_and_counts_from_zero()
    {
        var supervisor = new ImmediateWorker(_script).WorkSupervisor;
        using (var first = new CancellationTokenSource())
        {
            var running = supervisor.RunAsync(first.Token);
            (await _script.NextRunAsync()).Fail(new InvalidOperationException());
            await _script.NextRunAsync();
            Assert.Equal(1, supervisor.RestartCount);
            first.Cancel();
            await Guard.Within(running);
        }

        using var second = new CancellationTokenSource();
        var rerun = supervisor.RunAsync(second.Token);
        await _script.NextRunAsync();

        Assert.Equal(0, supervisor.RestartCount);
        Assert.Equal(0, supervisor.ConsecutiveFailures);
        Assert.Null(supervisor.LastFailure);
        second.Cancel();
        await Guard.Within(rerun);
    }

    [Fact]
    public async Task Settings_cannot_change_while_the_supervisor_runs()
    {
        var supervisor = new FixedWorker(_script).WorkSupervisor;
        supervisor.Start();
        await _script.NextRunAsync();

        Assert.Throws<InvalidOperationException>(() => supervisor.TimeProvider = _time);
        Assert.Same(TimeProvider.System, supervisor.TimeProvider);

        await Guard.Within(supervisor.StopAsync());
        supervisor.TimeProvider = _time;
        Assert.Same(_time, supervisor.TimeProvider);
    }

    [Fact]
    public async Task Start_returns_while_the_worker_is_still_running()
    {
        var supervisor = new FixedWorker(_script).WorkSupervisor;

        supervisor.Start();
        var run = await _script.NextRunAsync();

        Assert.False(run.Task.IsCompleted);
        Assert.Equal(SupervisorState.Running, supervisor.State);
        await Guard.Within(supervisor.StopAsync());
    }

    [Fact]
    public async Task A_give_up_in_the_background_is_reported_once_by_StopAsync()
    {
        var supervisor = new NeverWorker(_script).WorkSupervisor;
        var states = new StateRecorder(supervisor);
        supervisor.Start();

        (await _script.NextRunAsync()).Fail(new InvalidOperationException("fatal"));
        await states.WaitForAsync(SupervisorState.Faulted);

        var gaveUp = await Assert.ThrowsAsync<SupervisorGaveUpException>(() => supervisor.StopAsync());
        Assert.IsType<InvalidOperationException>(gaveUp.InnerException);
        await Guard.Within(supervisor.StopAsync());
    }

    [Fact]
    public void Each_instance_has_its_own_supervisor_and_keeps_it()
    {
        var first = new FixedWorker(_script);
        var second = new FixedWorker(_script);

        Assert.Same(first.WorkSupervisor, first.WorkSupervisor);
        Assert.NotSame(first.WorkSupervisor, second.WorkSupervisor);
    }

    [Fact]
    public void The_default_name_is_the_type_and_the_method_without_Async()
    {
        var supervisor = new FixedWorker(_script).WorkSupervisor;

        Assert.Equal("FixedWorker.Work", supervisor.Name);
        Assert.Equal(TimeSpan.FromSeconds(1), supervisor.ShutdownTimeout);
        Assert.Equal(SupervisorState.NotStarted, supervisor.State);
    }

    [Fact]
    public void A_class_with_instance_workers_exposes_their_supervisors()
    {
        var worker = new FixedWorker(_script);

        var exposed = Assert.IsAssignableFrom<ISupervisedWorkers>(worker).Supervisors;

        Assert.Same(worker.WorkSupervisor, Assert.Single(exposed));
    }

    [Fact]
    public void A_derived_class_exposes_the_supervisors_of_its_bases_before_its_own()
    {
        var consumer = new PriorityOrderConsumer(_script);

        var exposed = Assert.IsAssignableFrom<ISupervisedWorkers>(consumer).Supervisors;

        Assert.Equal([consumer.HeartbeatSupervisor, consumer.ConsumeSupervisor, consumer.PrioritiseSupervisor], exposed);
        Assert.Equal(["ConsumerBase.Heartbeat", "OrderConsumer.Consume", "PriorityOrderConsumer.Prioritise"], exposed.Select(supervisor => supervisor.Name));
    }

    [Fact]
    public void A_base_that_lists_its_supervisors_by_hand_keeps_its_list()
    {
        var derived = new HandListedDerived(_script);

        var exposed = ((ISupervisedWorkers)derived).Supervisors;

        Assert.Same(derived.PollSupervisor, Assert.Single(exposed));
    }
}

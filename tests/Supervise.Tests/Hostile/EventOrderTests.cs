using Microsoft.Extensions.Time.Testing;
using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests.Hostile;

public sealed class EventOrderTests
{
    [Fact]
    public async Task A_state_change_caused_inside_a_handler_is_delivered_after_that_handler_returns()
    {
        var time = new FakeTimeProvider();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Continuations run inline: returning from the worker runs the loop to its end inside the handler below.
        var release = new TaskCompletionSource();
        var supervisor = new DelegateWorker(async _ =>
        {
            started.TrySetResult();
            await release.Task.ConfigureAwait(false);
        }).WorkSupervisor;
        supervisor.TimeProvider = time;
        var delivered = new List<(SupervisorState From, SupervisorState To)>();
        supervisor.StateChanged += (_, change) =>
        {
            if (change.State == SupervisorState.Unstopped)
            {
                release.TrySetResult();
            }

            lock (delivered)
            {
                delivered.Add((change.PreviousState, change.State));
            }
        };
        supervisor.Start();
        await Guard.Within(started.Task);

        var stopping = supervisor.StopAsync();
        time.Advance(supervisor.ShutdownTimeout);
        await Assert.ThrowsAsync<WorkerUnstoppedException>(() => Guard.Within(stopping));

        Assert.Equal(SupervisorState.Stopped, supervisor.State);
        Assert.Equal(
            new[] { (SupervisorState.Running, SupervisorState.Stopping), (SupervisorState.Stopping, SupervisorState.Unstopped), (SupervisorState.Unstopped, SupervisorState.Stopped) },
            delivered.Skip(delivered.Count - 3));
    }
}

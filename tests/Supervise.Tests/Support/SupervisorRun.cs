using Microsoft.Extensions.Time.Testing;

namespace Supervise.Tests.Support;

/// <summary>
/// A supervisor under test, running on a fake clock: its states are recorded and it is stopped (and
/// awaited) when the test ends, so a failing assertion never leaves a loop behind.
/// </summary>
public sealed class SupervisorRun : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();

    private SupervisorRun(Supervisor supervisor, FakeTimeProvider time)
    {
        Supervisor = supervisor;
        Time = time;
        States = new StateRecorder(supervisor);
        Completion = supervisor.RunAsync(_stop.Token);
    }

    public Supervisor Supervisor { get; }

    public FakeTimeProvider Time { get; }

    public StateRecorder States { get; }

    /// <summary>The task of <see cref="Supervisor.RunAsync"/>.</summary>
    public Task Completion { get; }

    public static SupervisorRun Start(Supervisor supervisor, FakeTimeProvider? time = null, Random? random = null)
    {
        time ??= new FakeTimeProvider();
        supervisor.TimeProvider = time;
        if (random is not null)
        {
            supervisor.Random = random;
        }

        return new SupervisorRun(supervisor, time);
    }

    public void Advance(int milliseconds) => Time.Advance(TimeSpan.FromMilliseconds(milliseconds));

    public Task WaitForAsync(SupervisorState state, int occurrence = 1) => States.WaitForAsync(state, occurrence);

    /// <summary>Stops supervision as the caller's token would, and waits for RunAsync to return.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Guard.Within(Completion);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Completion.WaitAsync(Guard.Timeout);
        }
        catch (SupervisorGaveUpException)
        {
            // The test looked at (or deliberately ignored) the give-up.
        }

        _stop.Dispose();
    }
}

using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace Supervise;

/// <summary>
/// One run of a <see cref="SupervisorGroup"/>, start to end: its stop, its restart intensity, and the
/// queue of what its children report, which the group's loop handles one at a time.
/// </summary>
/// <remarks>Concurrency: children post from their own threads; only the group's loop receives. The flags are the group's lock's.</remarks>
internal sealed class GroupRun : IDisposable
{
    private readonly ConcurrentQueue<SupervisorGroup.GroupEvent> _events = new();
    private readonly SemaphoreSlim _posted = new(0);
    private readonly CancellationTokenRegistration _callerRegistration;
    private readonly TaskCompletionSource<bool> _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public GroupRun(bool runsInBackground, CancellationToken callerToken, SupervisorGroupSettings settings, TimeProvider timeProvider)
    {
        RunsInBackground = runsInBackground;
        TimeProvider = timeProvider;
        Clock = RunClock.For(timeProvider);
        Intensity = new RestartWindow(settings.MaxRestarts < 0 ? int.MaxValue : settings.MaxRestarts, TimeSpan.FromMilliseconds(settings.RestartWindowMs), Clock.Frequency);
        Stop.Token.Register(static state => ((TaskCompletionSource<bool>)state!).TrySetResult(true), _stopped);
        if (callerToken.CanBeCanceled)
        {
            _callerRegistration = callerToken.Register(static state => ((GroupRun)state!).CancelStop(), this);
        }
    }

    public bool RunsInBackground { get; }

    public TimeProvider TimeProvider { get; }

    public RunClock Clock { get; }

    /// <summary>The group's restart intensity, over all its children.</summary>
    public RestartWindow Intensity { get; }

    /// <summary>Cancelled when the group must stop.</summary>
    public CancellationTokenSource Stop { get; } = new();

    /// <summary>Completes when the group must stop: one task for every wait of the run to race against, where a delay per wait would stay registered until the stop.</summary>
    public Task Stopped => _stopped.Task;

    /// <summary>How long a stopper waits for the children (their own shutdown timeouts still apply).</summary>
    public CancellationToken StopWaitToken { get; set; }

    public TaskCompletionSource<bool> Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SupervisorGaveUpException? GaveUp { get; set; }

    /// <summary>The first child whose worker did not stop in time, if any.</summary>
    public Supervisor? UnstoppedChild { get; set; }

    public void Post(SupervisorGroup.GroupEvent groupEvent)
    {
        _events.Enqueue(groupEvent);
        _posted.Release();
    }

    /// <summary>The next event, or null once the group is stopping.</summary>
    public async Task<SupervisorGroup.GroupEvent?> ReceiveAsync()
    {
        try
        {
            await _posted.WaitAsync(Stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        return _events.TryDequeue(out var next) ? next : null;
    }

    public void CancelStop()
    {
        try
        {
            Stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run ended as the stop came in.
        }
    }

    public void Dispose()
    {
        _callerRegistration.Dispose();
        Stop.Dispose();
        _posted.Dispose();
    }
}

using System.Threading;
using System.Threading.Tasks;

namespace Supervise;

/// <summary>
/// One session of a <see cref="Supervisor"/>, from a start to the end of its loop: its stop token,
/// its shutdown deadline, how it ended, and its own parts (run ledger, restart schedule, circuit
/// breaker, watchdog), so nothing of one session can leak into the next.
/// </summary>
/// <remarks>
/// Concurrency: the flags, the timer, the registration and <see cref="GaveUp"/> are guarded by the
/// lifecycle lock; the parts state their own rules. <see cref="Circuit"/> and <see cref="Watchdog"/>
/// are made by the loop when first needed and published with <see cref="Volatile"/>.
/// </remarks>
internal sealed class SupervisorSession
{
    private CircuitBreaker? _circuit;
    private HeartbeatWatchdog? _watchdog;
    private RestartSchedule? _schedule;

    public SupervisorSession(Supervisor supervisor, bool runsInBackground)
    {
        Supervisor = supervisor;
        RunsInBackground = runsInBackground;
    }

    /// <summary>The supervisor this is a session of: the state of the work item that runs its loop.</summary>
    public Supervisor Supervisor { get; }

    /// <summary>The lifecycle this is a session of: sessions are the state of their token and timer callbacks.</summary>
    public SessionLifecycle Lifecycle => Supervisor.Lifecycle;

    /// <summary>Cancelled when the session must stop: by <see cref="Supervisor.StopAsync"/> or the caller's token. Never linked to the caller's token, so the worker's callbacks never throw into the caller's <c>Cancel()</c>.</summary>
    public CancellationTokenSource StopSource { get; } = new();

    public CancellationToken StopToken => StopSource.Token;

    /// <summary>Started by <see cref="Supervisor.Start"/>: nobody awaits it, so StopAsync reports how it ended.</summary>
    public bool RunsInBackground { get; }

    /// <summary>Completes when the loop has ended, or earlier when the worker is left Unstopped.</summary>
    public TaskCompletionSource<bool> Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public RunLedger Ledger { get; } = new();

    /// <summary>The restart schedule, made by the loop for the first restart it decides (an idle worker never needs one).</summary>
    public RestartSchedule? Schedule => Volatile.Read(ref _schedule);

    public CircuitBreaker? Circuit => Volatile.Read(ref _circuit);

    public HeartbeatWatchdog? Watchdog => Volatile.Read(ref _watchdog);

    /// <summary>What a gated worker needs before each run (a singleton's lease); null for other workers. Set when the session begins.</summary>
    public RunGate? Gate { get; set; }

    public CancellationTokenRegistration CallerRegistration { get; set; }

    public ITimer? ShutdownTimer { get; set; }

    public bool StopRequested { get; set; }

    public bool LoopEnded { get; set; }

    /// <summary>The worker did not return within the shutdown timeout after a stop; it may still be running.</summary>
    public bool Unstopped { get; set; }

    public SupervisorGaveUpException? GaveUp { get; set; }

    public RestartSchedule ScheduleForRestarts()
    {
        if (_schedule is null)
        {
            Volatile.Write(ref _schedule, new RestartSchedule());
        }

        return _schedule!;
    }

    public CircuitBreaker CircuitFor(Supervisor owner)
    {
        if (_circuit is null)
        {
            Volatile.Write(ref _circuit, new CircuitBreaker(owner, Ledger));
        }

        return _circuit!;
    }

    public HeartbeatWatchdog WatchdogFor(Supervisor owner)
    {
        if (_watchdog is null)
        {
            Volatile.Write(ref _watchdog, new HeartbeatWatchdog(owner, this));
        }

        return _watchdog!;
    }
}

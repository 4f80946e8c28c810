namespace Supervise;

/// <summary>Where a <see cref="Supervisor"/> is in its life.</summary>
/// <remarks>
/// <para>The states move only along these transitions, and <see cref="Supervisor.StateChanged"/> reports them in this order:</para>
/// <list type="table">
/// <listheader><term>from</term><description>to</description></listheader>
/// <item><term><see cref="NotStarted"/>, <see cref="Stopped"/>, <see cref="Faulted"/></term><description><see cref="Running"/> (a start)</description></item>
/// <item><term><see cref="Running"/></term><description><see cref="WaitingToRestart"/>, <see cref="CircuitOpen"/>, <see cref="WaitingForLease"/>, <see cref="Stopping"/>, <see cref="Stopped"/> (done for good), <see cref="Faulted"/> (gave up), <see cref="Unstopped"/> (a hung run, or one whose lease was lost, ignored its cancellation)</description></item>
/// <item><term><see cref="WaitingToRestart"/>, <see cref="CircuitOpen"/>, <see cref="WaitingForLease"/></term><description><see cref="Running"/>, <see cref="Stopping"/></description></item>
/// <item><term><see cref="Stopping"/></term><description><see cref="Stopped"/>, <see cref="Unstopped"/>, <see cref="Faulted"/> (the loop itself failed)</description></item>
/// <item><term><see cref="Unstopped"/></term><description><see cref="Stopped"/> (the worker returned after a stop), <see cref="Running"/> (a hung run returned), <see cref="Stopping"/> (a stop while a hung run is out)</description></item>
/// </list>
/// </remarks>
public enum SupervisorState
{
    /// <summary>Never started, or reset for a new run.</summary>
    NotStarted = 0,

    /// <summary>The worker is running.</summary>
    Running = 1,

    /// <summary>The worker has exited and the supervisor is waiting for its restart delay.</summary>
    WaitingToRestart = 2,

    /// <summary>A stop was requested and the supervisor is waiting for the worker to return.</summary>
    Stopping = 3,

    /// <summary>Supervision ended normally: stopped on request, or the worker is done for good.</summary>
    Stopped = 4,

    /// <summary>Supervision ended because the supervisor gave up; see <see cref="SupervisorGaveUpException"/>.</summary>
    Faulted = 5,

    /// <summary>
    /// The worker's run was cancelled and it did not return within the shutdown timeout: it may still
    /// be running, so the supervisor runs no second copy beside it and cannot be started again until
    /// it returns. After a stop, <see cref="Supervisor.RunAsync"/> has returned and
    /// <see cref="Supervisor.StopAsync"/> throws <see cref="WorkerUnstoppedException"/>; the state
    /// becomes <see cref="Stopped"/> when the worker returns. After the watchdog cancelled a hung run,
    /// supervision goes on by its policy when the run returns.
    /// </summary>
    Unstopped = 6,

    /// <summary>
    /// The circuit breaker is open after too many consecutive failures: no restart until
    /// <see cref="SupervisedAttribute.CircuitBreakerDurationMs"/> has passed.
    /// </summary>
    CircuitOpen = 7,

    /// <summary>
    /// A singleton worker (<see cref="SupervisedAttribute.Singleton"/>) waits for its lease, which another
    /// replica holds: this replica is on standby, which is healthy. It tries again on an interval.
    /// </summary>
    WaitingForLease = 8,
}

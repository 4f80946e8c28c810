namespace Supervise;

/// <summary>Where a <see cref="Supervisor"/> is in its life.</summary>
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
    /// A stop was requested but the worker did not return within the shutdown timeout. Supervision
    /// has ended and the worker will not be restarted; the state becomes <see cref="Stopped"/> if the
    /// worker returns later.
    /// </summary>
    Unstopped = 6,

    /// <summary>
    /// The circuit breaker is open after too many consecutive failures: no restart until
    /// <see cref="SupervisedAttribute.CircuitBreakerDurationMs"/> has passed.
    /// </summary>
    CircuitOpen = 7,
}

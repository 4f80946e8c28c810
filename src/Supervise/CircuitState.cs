namespace Supervise;

/// <summary>The state of a supervisor's circuit breaker (see <see cref="SupervisedAttribute.CircuitBreakerThreshold"/>).</summary>
public enum CircuitState
{
    /// <summary>Restarts happen by policy. Always the state when no circuit breaker is configured.</summary>
    Closed = 0,

    /// <summary>Too many consecutive failures: no restart until the break duration has passed.</summary>
    Open = 1,

    /// <summary>
    /// One trial run after the break: staying up for the reset time closes the circuit, failing opens it again.
    /// </summary>
    HalfOpen = 2,
}

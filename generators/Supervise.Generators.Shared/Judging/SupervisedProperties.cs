namespace Supervise.Generators.Judging;

/// <summary>The names of <c>SupervisedAttribute</c>'s properties, as its named arguments spell them.</summary>
internal static class SupervisedProperties
{
    public const string RestartDelayMs = nameof(RestartDelayMs);
    public const string Policy = nameof(Policy);
    public const string MaxDelayMs = nameof(MaxDelayMs);
    public const string Restart = nameof(Restart);
    public const string ShutdownTimeoutMs = nameof(ShutdownTimeoutMs);
    public const string Name = nameof(Name);
    public const string Jitter = nameof(Jitter);
    public const string ResetAfterMs = nameof(ResetAfterMs);
    public const string MaxRestarts = nameof(MaxRestarts);
    public const string RestartWindowMs = nameof(RestartWindowMs);
    public const string CircuitBreakerThreshold = nameof(CircuitBreakerThreshold);
    public const string CircuitBreakerDurationMs = nameof(CircuitBreakerDurationMs);
    public const string HeartbeatTimeoutMs = nameof(HeartbeatTimeoutMs);
    public const string StopOn = nameof(StopOn);
    public const string RestartOn = nameof(RestartOn);
    public const string Singleton = nameof(Singleton);
    public const string Significant = nameof(Significant);
}

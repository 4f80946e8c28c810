namespace Supervise.Generators.Model;

/// <summary>
/// The defaults of <c>Supervise.SupervisedAttribute</c>'s properties, used when an attribute leaves
/// one out. They must equal the runtime's initialisers (a test checks).
/// </summary>
internal static class AttributeDefaults
{
    public const int RestartDelayMs = 500;
    public const PolicyKind Policy = PolicyKind.Fixed;
    public const int MaxDelayMs = 30_000;
    public const RestartKind Restart = RestartKind.Always;
    public const int ShutdownTimeoutMs = 5_000;
    public const bool Jitter = true;
    public const int ResetAfterMs = -1;
    public const int MinimumAutomaticResetAfterMs = 1_000;
    public const int MaxRestarts = -1;
    public const int RestartWindowMs = 0;
    public const int CircuitBreakerThreshold = 0;
    public const int CircuitBreakerDurationMs = 30_000;
    public const int HeartbeatTimeoutMs = 0;
}

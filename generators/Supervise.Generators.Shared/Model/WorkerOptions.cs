namespace Supervise.Generators.Model;

/// <summary>The constants of a worker's <c>[Supervised]</c> attribute, defaults filled in.</summary>
/// <param name="Jitter">The <c>Jitter</c> value, or null when left out (jitter backoff, not fixed delays).</param>
/// <param name="ResetAfterMs">As written; -1 for the automatic value (see <see cref="EffectiveResetAfterMs"/>).</param>
/// <param name="StopOn">The listed types, or null when left out.</param>
/// <param name="RestartOn">The listed types, or null when left out (an empty list is a list).</param>
/// <param name="Singleton">The lease a singleton worker needs, or null.</param>
/// <param name="Significant">Whether, in a supervision group, the child's end can end the group.</param>
internal sealed record WorkerOptions(
    int RestartDelayMs,
    PolicyKind Policy,
    int MaxDelayMs,
    RestartKind Restart,
    int ShutdownTimeoutMs,
    string? Name,
    bool? Jitter,
    int ResetAfterMs,
    int MaxRestarts,
    int RestartWindowMs,
    int CircuitBreakerThreshold,
    int CircuitBreakerDurationMs,
    int HeartbeatTimeoutMs,
    EquatableArray<ExceptionTypeInfo>? StopOn,
    EquatableArray<ExceptionTypeInfo>? RestartOn,
    string? Singleton,
    bool Significant)
{
    public static WorkerOptions Default { get; } = new(
        AttributeDefaults.RestartDelayMs,
        AttributeDefaults.Policy,
        AttributeDefaults.MaxDelayMs,
        AttributeDefaults.Restart,
        AttributeDefaults.ShutdownTimeoutMs,
        Name: null,
        Jitter: null,
        AttributeDefaults.ResetAfterMs,
        AttributeDefaults.MaxRestarts,
        AttributeDefaults.RestartWindowMs,
        AttributeDefaults.CircuitBreakerThreshold,
        AttributeDefaults.CircuitBreakerDurationMs,
        AttributeDefaults.HeartbeatTimeoutMs,
        StopOn: null,
        RestartOn: null,
        Singleton: null,
        Significant: false);

    /// <summary>The reset time in force: as written, or ten times the restart delay (none for Immediate) but at least one second.</summary>
    public int EffectiveResetAfterMs => ResetAfterMs >= 0
        ? ResetAfterMs
        : (int)System.Math.Min(int.MaxValue, System.Math.Max(10L * (Policy == PolicyKind.Immediate ? 0 : RestartDelayMs), AttributeDefaults.MinimumAutomaticResetAfterMs));

    /// <summary>Whether restart delays are randomised: backoff unless turned off, fixed delays only when asked.</summary>
    public bool JittersDelays => Policy switch
    {
        PolicyKind.Backoff => Jitter ?? true,
        PolicyKind.Fixed => Jitter == true,
        _ => false,
    };
}

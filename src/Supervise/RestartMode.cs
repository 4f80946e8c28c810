namespace Supervise;

/// <summary>Which exits of a worker are followed by a restart (Erlang/OTP's restart types).</summary>
public enum RestartMode
{
    /// <summary>Restart after the worker fails and after it completes (OTP's <c>permanent</c>).</summary>
    Always = 0,

    /// <summary>
    /// Restart only after the worker fails; a completed run ends supervision normally
    /// (OTP's <c>transient</c>).
    /// </summary>
    OnFailure = 1,

    /// <summary>
    /// Run the worker once. A completed run ends supervision normally; a failed run ends it as
    /// <see cref="SupervisorState.Faulted"/> (OTP's <c>temporary</c>, but never silent).
    /// </summary>
    Never = 2,
}

namespace Supervise;

/// <summary>
/// When a <see cref="SupervisorGroup"/> ends by itself because its significant children
/// (<see cref="SupervisedAttribute.Significant"/>) are done for good (Erlang/OTP 24's <c>auto_shutdown</c>).
/// </summary>
public enum AutoShutdown
{
    /// <summary>Never: the group runs until it is stopped or gives up.</summary>
    Never = 0,

    /// <summary>When any significant child has completed for good, the group stops the others and ends normally.</summary>
    AnySignificant = 1,

    /// <summary>When every significant child has completed for good, the group stops the others and ends normally.</summary>
    AllSignificant = 2,
}

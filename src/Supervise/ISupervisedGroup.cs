namespace Supervise;

/// <summary>
/// Exposes the supervision group of a <see cref="SupervisionGroupAttribute"/> class. The generator
/// implements it, so a host runs the group (not its children one by one).
/// </summary>
public interface ISupervisedGroup
{
    /// <summary>The group of this object's supervised instance methods.</summary>
    SupervisorGroup Group { get; }
}

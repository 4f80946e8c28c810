using System.Collections.Generic;

namespace Supervise;

/// <summary>
/// Exposes the supervisors of an object's <c>[Supervised]</c> instance methods. The generator
/// implements it on every class that has such methods, so hosts can run them without reflection.
/// </summary>
/// <remarks>
/// Static workers are not included: they belong to the type, not to an instance. When a base class
/// already implements this interface, a derived class does not implement it again.
/// </remarks>
public interface ISupervisedWorkers
{
    /// <summary>The supervisors of this object's supervised instance methods, in declaration order.</summary>
    IReadOnlyList<Supervisor> Supervisors { get; }
}

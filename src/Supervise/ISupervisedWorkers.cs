using System.Collections.Generic;

namespace Supervise;

/// <summary>
/// Exposes the supervisors of an object's <c>[Supervised]</c> instance methods. The generator
/// implements it on every class that has such methods, so hosts can run them without reflection.
/// </summary>
/// <remarks>
/// Static workers are not included: they belong to the type, not to an instance. A derived class
/// lists the supervisors of its base classes first, then its own. A class that implements this
/// interface itself keeps its own list, and so do the classes derived from it.
/// </remarks>
public interface ISupervisedWorkers
{
    /// <summary>The supervisors of this object's supervised instance methods, in declaration order.</summary>
    IReadOnlyList<Supervisor> Supervisors { get; }
}

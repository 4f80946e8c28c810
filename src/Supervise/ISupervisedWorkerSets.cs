using System.Collections.Generic;

namespace Supervise;

/// <summary>
/// Exposes the <see cref="SupervisorSet{TKey}"/> of each parameterised <c>[Supervised]</c> instance
/// method of an object. The generator implements it beside <see cref="ISupervisedWorkers"/> on every
/// class that has such methods, so a host can stop their children with it.
/// </summary>
public interface ISupervisedWorkerSets
{
    /// <summary>The sets of this object's parameterised instance workers, in declaration order.</summary>
    IReadOnlyList<ISupervisorSet> SupervisorSets { get; }
}

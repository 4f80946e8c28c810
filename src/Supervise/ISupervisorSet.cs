using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Supervise;

/// <summary>
/// A <see cref="SupervisorSet{TKey}"/> seen without its key type, as a host sees it: the children to
/// show and to stop. The generator lists a type's sets in <see cref="ISupervisedWorkerSets.SupervisorSets"/>.
/// </summary>
public interface ISupervisorSet
{
    /// <summary>The worker's name; each child is named <c>WorkerName[key]</c>.</summary>
    string WorkerName { get; }

    /// <summary>The children, in the order they were first started: running, stopping, or given up (<see cref="SupervisorState.Faulted"/>) and not yet stopped.</summary>
    IReadOnlyList<Supervisor> Children { get; }

    /// <summary>
    /// Runs <paramref name="configure"/> on every child as it is created, before it starts, and at once on
    /// the idle children that exist already: a host gives children its logger and clock this way.
    /// </summary>
    /// <param name="configure">Sets what a child needs; it runs while the child is idle.</param>
    void ConfigureChildren(System.Action<Supervisor> configure);

    /// <summary>Stops every child, asking the last started first, and removes them all.</summary>
    /// <param name="cancellationToken">Cancel to stop waiting for the children before their shutdown timeouts.</param>
    /// <returns>A task that completes when every child has stopped or was left Unstopped.</returns>
    Task StopAllAsync(CancellationToken cancellationToken = default);
}

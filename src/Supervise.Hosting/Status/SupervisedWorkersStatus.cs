using System;
using System.Collections.Generic;

namespace Supervise.Hosting;

/// <summary>
/// What every supervised worker of the host is doing, read on demand for status pages, dashboards and
/// diagnostics. Resolve it from the container (it is registered by <c>AddSupervisedWorkers&lt;T&gt;()</c>)
/// and call <see cref="Snapshot"/> whenever a fresh picture is wanted.
/// </summary>
/// <remarks>
/// Reading a snapshot never changes, blocks or slows supervision: it reads the supervisors' public,
/// thread-safe properties and copies them. Safe to call from any thread, as often as needed.
/// </remarks>
public sealed class SupervisedWorkersStatus
{
    // Plain workers have no children; keyed worker sets list theirs (and supervision groups will).
    private static readonly IReadOnlyList<SupervisorSnapshot> NoChildren = Array.Empty<SupervisorSnapshot>();

    private readonly SupervisedWorkerRegistry _registry;

    internal SupervisedWorkersStatus(SupervisedWorkerRegistry registry)
    {
        _registry = registry;
    }

    /// <summary>
    /// Reads every supervised worker, in the order the host starts them (registration order, then
    /// declaration order), then every keyed worker set, one row each with its children (one per key, in
    /// start order) in <see cref="SupervisorSnapshot.Children"/>. The first call resolves the workers from
    /// the container, as the host's start does.
    /// </summary>
    /// <returns>A copy: later changes of the workers do not show in it.</returns>
    public SupervisedWorkersSnapshot Snapshot()
    {
        var workers = _registry.All;
        var sets = _registry.AllSets;
        var takenAt = (_registry.TimeProvider ?? TimeProvider.System).GetUtcNow();
        var entries = new SupervisorSnapshot[workers.Count + sets.Count];
        for (var i = 0; i < workers.Count; i++)
        {
            var worker = workers[i];
            entries[i] = SupervisorSnapshot.Read(worker.Supervisor, worker.WorkerType, worker.StateSince, NoChildren);
        }

        for (var i = 0; i < sets.Count; i++)
        {
            entries[workers.Count + i] = SupervisorSetSnapshot.Read(sets[i]);
        }

        return new SupervisedWorkersSnapshot(takenAt, entries);
    }
}

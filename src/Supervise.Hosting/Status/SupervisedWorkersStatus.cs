using System;
using System.Collections.Generic;
using System.Linq;

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
    // Plain workers and a group's children have no children; groups and keyed worker sets list theirs.
    private static readonly IReadOnlyList<SupervisorSnapshot> NoChildren = Array.Empty<SupervisorSnapshot>();

    private readonly SupervisedWorkerRegistry _registry;

    internal SupervisedWorkersStatus(SupervisedWorkerRegistry registry)
    {
        _registry = registry;
    }

    /// <summary>
    /// Reads every supervised worker, in the order the host starts them (registration order, then
    /// declaration order); a supervision group is one entry, its children in its <see cref="SupervisorSnapshot.Children"/>.
    /// Then every keyed worker set, one row each with its children (one per key, in start order) in
    /// <see cref="SupervisorSnapshot.Children"/>. The first call resolves the workers from the container,
    /// as the host's start does.
    /// </summary>
    /// <returns>A copy: later changes of the workers do not show in it.</returns>
    public SupervisedWorkersSnapshot Snapshot()
    {
        var workers = _registry.All;
        var groups = _registry.Groups;
        var sets = _registry.AllSets;
        var takenAt = (_registry.TimeProvider ?? TimeProvider.System).GetUtcNow();
        var entries = new List<SupervisorSnapshot>(workers.Count + sets.Count);
        foreach (var worker in workers)
        {
            if (worker.Supervisor.Group is not { } group)
            {
                entries.Add(Read(worker));
                continue;
            }

            // A group stands where its first child would, with every child under it.
            if (ReferenceEquals(group.Children[0], worker.Supervisor) && FindHosted(groups, group) is { } hosted)
            {
                var children = hosted.Children.Select(Read).ToArray();
                entries.Add(SupervisorSnapshot.ReadGroup(group, hosted.WorkerType, hosted.StateSince, hosted.LastGiveUp, children));
            }
        }

        foreach (var set in sets)
        {
            entries.Add(SupervisorSetSnapshot.Read(set));
        }

        return new SupervisedWorkersSnapshot(takenAt, entries);
    }

    private static SupervisorSnapshot Read(SupervisedWorker worker) =>
        SupervisorSnapshot.Read(worker.Supervisor, worker.WorkerType, worker.StateSince, NoChildren);

    private static SupervisedGroup? FindHosted(IReadOnlyList<SupervisedGroup> groups, SupervisorGroup group)
    {
        foreach (var hosted in groups)
        {
            if (ReferenceEquals(hosted.Group, group))
            {
                return hosted;
            }
        }

        return null;
    }
}

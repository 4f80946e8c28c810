using System;
using System.Collections.Generic;

namespace Supervise.Hosting;

/// <summary>Every supervised worker of a host at one moment, as <see cref="SupervisedWorkersStatus.Snapshot"/> read it.</summary>
public sealed class SupervisedWorkersSnapshot
{
    internal SupervisedWorkersSnapshot(DateTimeOffset takenAt, IReadOnlyList<SupervisorSnapshot> workers)
    {
        TakenAt = takenAt;
        Workers = workers;
    }

    /// <summary>When the snapshot was taken (UTC, by the container's <see cref="TimeProvider"/>, or the system clock without one).</summary>
    public DateTimeOffset TakenAt { get; }

    /// <summary>The top-level workers, in the order the host starts them; children of groups and keyed sets are under their parent.</summary>
    public IReadOnlyList<SupervisorSnapshot> Workers { get; }
}

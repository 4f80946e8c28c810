using System;
using System.Collections.Generic;

namespace Supervise;

/// <summary>The data of <see cref="SupervisorGroup.Restarting"/>: the group restarts children by its strategy.</summary>
public sealed class GroupRestartingEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="cause">The child whose exit caused the restart.</param>
    /// <param name="strategy">The group's strategy.</param>
    /// <param name="restarted">The children restarted, in start order (the cause among them).</param>
    /// <param name="delay">How long the group waits, once the others have stopped, before starting them again.</param>
    public GroupRestartingEventArgs(Supervisor cause, SupervisionStrategy strategy, IReadOnlyList<Supervisor> restarted, TimeSpan delay)
    {
        Cause = cause;
        Strategy = strategy;
        Restarted = restarted;
        Delay = delay;
    }

    /// <summary>The child whose exit caused the restart.</summary>
    public Supervisor Cause { get; }

    /// <summary>The group's strategy.</summary>
    public SupervisionStrategy Strategy { get; }

    /// <summary>The children restarted, in start order.</summary>
    public IReadOnlyList<Supervisor> Restarted { get; }

    /// <summary>How long the group waits before starting them again: the cause's own restart delay.</summary>
    public TimeSpan Delay { get; }
}

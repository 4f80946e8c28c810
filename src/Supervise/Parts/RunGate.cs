using System.Threading;
using System.Threading.Tasks;

namespace Supervise;

/// <summary>
/// Something outside the worker that a run needs before it starts and that can take it away while it
/// runs: a singleton's lease. The loop of a gated worker enters the gate before each run and gives the
/// run the gate's token; a run the gate took away ends as a stop, not a failure, and waits at the gate again.
/// Two gates: a singleton's lease (<see cref="LeaseGate"/>) and a group's say (<see cref="GroupGate"/>).
/// </summary>
/// <remarks>One per session; used by the supervising loop only, but for what its own callbacks say.</remarks>
internal abstract class RunGate
{
    /// <summary>The token of the run the gate let in: cancelled by a stop, or when the gate takes the run away.</summary>
    public abstract CancellationToken RunToken { get; }

    /// <summary>The fencing token of the run the gate let in; 0 for a gate that has none.</summary>
    public virtual long FencingToken => 0;

    /// <summary>Waits until a run may start; false once supervision is stopping.</summary>
    public abstract ValueTask<bool> EnterAsync(CancellationToken stoppingToken);

    /// <summary>The run the gate let in has ended, however it ended.</summary>
    public virtual void RunEnded()
    {
    }

    /// <summary>Whether the gate took the last run away (and not a stop).</summary>
    public abstract bool TookRunAway(CancellationToken stoppingToken);

    /// <summary>After a run the gate took away: let go of what it held, so entering again starts afresh.</summary>
    public abstract ValueTask RunTakenAwayAsync();

    /// <summary>At the end of the session: let go of everything, so another holder gets it at once.</summary>
    public abstract ValueTask ReleaseAsync();
}

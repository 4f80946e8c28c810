using Supervise.Generators.Model;

namespace Supervise.Generators.Emitting;

/// <summary>Which steps a worker's loop takes around each run, decided by what it is at compile time.</summary>
internal readonly struct LoopShape
{
    public LoopShape(WorkerModel worker, bool isGroupChild)
    {
        IsGroupChild = isGroupChild;
        IsGated = isGroupChild || worker.Options.Singleton is not null;

        // Only a worker with a context can send heartbeats, so only its runs can be watched.
        IsWatched = worker.ParameterKind is WorkerParameterKind.Context or WorkerParameterKind.TokenAndContext or WorkerParameterKind.ContextAndToken;
    }

    /// <summary>A child of its type's supervision group: the group lets it run, and starts the next child once this one's worker is called.</summary>
    public bool IsGroupChild { get; }

    /// <summary>A run needs the gate first (a singleton's lease, or its group) and can be taken away by it.</summary>
    public bool IsGated { get; }

    /// <summary>The heartbeat watchdog's steps, which do nothing while the timeout is 0.</summary>
    public bool IsWatched { get; }
}

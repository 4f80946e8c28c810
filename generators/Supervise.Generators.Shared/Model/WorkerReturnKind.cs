namespace Supervise.Generators.Model;

/// <summary>What a worker returns, which decides how the loop awaits it.</summary>
internal enum WorkerReturnKind
{
    Task,
    ValueTask,

    /// <summary>A synchronous worker: the loop runs it on the thread pool.</summary>
    Void,
}

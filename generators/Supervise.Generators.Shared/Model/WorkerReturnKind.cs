namespace Supervise.Generators.Model;

/// <summary>What a worker returns, which decides how the loop awaits it.</summary>
internal enum WorkerReturnKind
{
    Task,
    ValueTask,

    /// <summary>A <c>Task&lt;T&gt;</c>: awaited, its result ignored (a run that returns is a completion).</summary>
    TaskOfResult,

    /// <summary>A <c>ValueTask&lt;T&gt;</c>: awaited, its result ignored.</summary>
    ValueTaskOfResult,

    /// <summary>A synchronous worker: the loop runs it on the thread pool.</summary>
    Void,
}

using System;

namespace Supervise.Hosting;

/// <summary>
/// One <c>AddSupervisedWorkers&lt;T&gt;()</c> registration: the worker type, and how to get its instance
/// from the container without reflection.
/// </summary>
internal sealed class SupervisedWorkersSource
{
    private readonly Func<IServiceProvider, ISupervisedWorkers> _resolve;

    public SupervisedWorkersSource(Type workerType, Func<IServiceProvider, ISupervisedWorkers> resolve)
    {
        WorkerType = workerType;
        _resolve = resolve;
    }

    /// <summary>The registered type; used in messages only.</summary>
    public Type WorkerType { get; }

    public ISupervisedWorkers Resolve(IServiceProvider services) => _resolve(services);
}

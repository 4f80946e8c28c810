using Supervise.Tests.Support;

namespace Supervise.Tests.Workers;

// Workers declared along a class hierarchy: a host that runs the most derived type must see them all.

public abstract partial class ConsumerBase(WorkerScript script)
{
    protected WorkerScript Script { get; } = script;

    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task HeartbeatAsync(CancellationToken stoppingToken) => Script.RunAsync(stoppingToken);
}

public partial class OrderConsumer(WorkerScript script) : ConsumerBase(script)
{
    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task ConsumeAsync(CancellationToken stoppingToken) => Script.RunAsync(stoppingToken);
}

public sealed partial class PriorityOrderConsumer(WorkerScript script) : OrderConsumer(script)
{
    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task PrioritiseAsync(CancellationToken stoppingToken) => Script.RunAsync(stoppingToken);
}

/// <summary>A base that lists its supervisors by hand: the generator must leave the list to it.</summary>
public partial class HandListedBase(WorkerScript script) : ISupervisedWorkers
{
    protected WorkerScript Script { get; } = script;

    IReadOnlyList<Supervisor> ISupervisedWorkers.Supervisors => [PollSupervisor];

    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task PollAsync(CancellationToken stoppingToken) => Script.RunAsync(stoppingToken);
}

public sealed partial class HandListedDerived(WorkerScript script) : HandListedBase(script)
{
    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task ExtraAsync(CancellationToken stoppingToken) => Script.RunAsync(stoppingToken);
}

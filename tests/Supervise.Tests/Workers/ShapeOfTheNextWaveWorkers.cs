using Supervise.Tests.Support;

namespace Supervise.Tests.Workers;

// Workers of the shapes that take keys, return results, hold a lease or make up a group.

public sealed partial class PartitionConsumers(Func<string, WorkerScript> scriptOf)
{
    [Supervised(RestartDelayMs = 100)]
    private Task ConsumeAsync(string partition, CancellationToken stoppingToken) => scriptOf(partition).RunAsync(stoppingToken);
}

public sealed partial class TopicConsumers(Func<string, WorkerScript> scriptOf)
{
    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task ReadAsync(string topic, int partition, SupervisionContext context) => scriptOf($"{topic}/{partition}").RunAsync(context.StoppingToken);
}

public sealed partial class ResultWorkers(WorkerScript tasks, WorkerScript valueTasks)
{
    [Supervised(RestartDelayMs = 100)]
    private async Task<int> CountAsync(CancellationToken stoppingToken)
    {
        await tasks.RunAsync(stoppingToken);
        return 42;
    }

    [Supervised(RestartDelayMs = 100)]
    private async ValueTask<string> NameAsync(CancellationToken stoppingToken)
    {
        await valueTasks.RunAsync(stoppingToken);
        return "done";
    }
}

public sealed partial class Sweeper(Func<SupervisionContext, Task> body)
{
    [Supervised(RestartDelayMs = 100, ShutdownTimeoutMs = 500, Singleton = "billing-sweeper")]
    private Task SweepAsync(SupervisionContext context) => body(context);
}

[SupervisionGroup(Strategy = SupervisionStrategy.RestForOne, MaxRestarts = 3, RestartWindowMs = 5_000)]
public sealed partial class RestForOneIngest(PipelineScripts scripts)
{
    [Supervised(RestartDelayMs = 200)]
    private Task ConnectAsync(CancellationToken stoppingToken) => scripts.Run(0, stoppingToken);

    [Supervised(RestartDelayMs = 300)]
    private Task ConsumeAsync(CancellationToken stoppingToken) => scripts.Run(1, stoppingToken);

    [Supervised]
    private Task ReportAsync(CancellationToken stoppingToken) => scripts.Run(2, stoppingToken);
}

[SupervisionGroup(Strategy = SupervisionStrategy.OneForAll, MaxRestarts = 2, RestartWindowMs = 1_000)]
public sealed partial class OneForAllIngest(PipelineScripts scripts)
{
    [Supervised(RestartDelayMs = 200)]
    private Task ConnectAsync(CancellationToken stoppingToken) => scripts.Run(0, stoppingToken);

    [Supervised(RestartDelayMs = 300)]
    private Task ConsumeAsync(CancellationToken stoppingToken) => scripts.Run(1, stoppingToken);

    [Supervised(Restart = RestartMode.Never)]
    private Task ReportAsync(CancellationToken stoppingToken) => scripts.Run(2, stoppingToken);
}

[SupervisionGroup(MaxRestarts = 1, RestartWindowMs = 0)]
public sealed partial class OneForOneIngest(PipelineScripts scripts)
{
    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task ConnectAsync(CancellationToken stoppingToken) => scripts.Run(0, stoppingToken);

    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task ConsumeAsync(CancellationToken stoppingToken) => scripts.Run(1, stoppingToken);
}

[SupervisionGroup(Strategy = SupervisionStrategy.OneForAll, AutoShutdown = AutoShutdown.AnySignificant)]
public sealed partial class ImportJob(PipelineScripts scripts)
{
    [Supervised(Restart = RestartMode.OnFailure, Significant = true)]
    private Task ImportAsync(CancellationToken stoppingToken) => scripts.Run(0, stoppingToken);

    [Supervised]
    private Task ReportProgressAsync(CancellationToken stoppingToken) => scripts.Run(1, stoppingToken);
}

/// <summary>The scripts of a group's children, and the order in which their runs started.</summary>
public sealed class PipelineScripts
{
    private readonly List<int> _started = new();

    public WorkerScript First { get; } = new();

    public WorkerScript Second { get; } = new();

    public WorkerScript Third { get; } = new();

    /// <summary>The children whose runs started, by index, in order.</summary>
    public IReadOnlyList<int> Started
    {
        get
        {
            lock (_started)
            {
                return _started.ToArray();
            }
        }
    }

    public WorkerScript this[int child] => child switch
    {
        0 => First,
        1 => Second,
        _ => Third,
    };

    public Task Run(int child, CancellationToken stoppingToken)
    {
        lock (_started)
        {
            _started.Add(child);
        }

        return this[child].RunAsync(stoppingToken);
    }
}

// A three-level tree: each outer child runs the group one level down.

[SupervisionGroup(Strategy = SupervisionStrategy.OneForAll, MaxRestarts = 0)]
public sealed partial class InnerGroup(WorkerScript script)
{
    [Supervised]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

[SupervisionGroup]
public sealed partial class MiddleGroup(InnerGroup inner)
{
    [Supervised(RestartDelayMs = 100)]
    private Task RunInnerAsync(CancellationToken stoppingToken) => inner.Group.RunAsync(stoppingToken);
}

[SupervisionGroup]
public sealed partial class OuterGroup(MiddleGroup middle, WorkerScript sibling)
{
    [Supervised]
    private Task RunMiddleAsync(CancellationToken stoppingToken) => middle.Group.RunAsync(stoppingToken);

    [Supervised]
    private Task SiblingAsync(CancellationToken stoppingToken) => sibling.RunAsync(stoppingToken);
}

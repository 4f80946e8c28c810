using Supervise.Tests.Support;

namespace Supervise.Tests.Workers;

// Every supported worker shape, each supervised by generated code.

public sealed partial class ValueTaskWorker(WorkerScript script)
{
    [Supervised(Policy = RestartPolicy.Immediate)]
    private ValueTask WorkAsync(CancellationToken stoppingToken) => new(script.RunAsync(stoppingToken));
}

public sealed partial class TokenlessWorker(WorkerScript script)
{
    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task WorkAsync() => script.RunAsync(CancellationToken.None);
}

public sealed partial class SynchronousWorker(Action<CancellationToken> body)
{
    [Supervised(Policy = RestartPolicy.Immediate)]
    private void Work(CancellationToken stoppingToken) => body(stoppingToken);
}

public sealed partial class DelegateWorker(Func<CancellationToken, Task> body)
{
    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task WorkAsync(CancellationToken stoppingToken) => body(stoppingToken);
}

public static partial class StaticWorker
{
    public static WorkerScript Script { get; } = new();

    [Supervised(RestartDelayMs = 500)]
    private static Task WorkAsync(CancellationToken stoppingToken) => Script.RunAsync(stoppingToken);
}

public sealed partial class GenericWorker<TItem>(WorkerScript script)
    where TItem : class
{
    public TItem? LastItem { get; set; }

    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

public sealed partial class Outer
{
    public sealed partial class NestedWorker(WorkerScript script)
    {
        [Supervised(Policy = RestartPolicy.Immediate, Name = "nested")]
        private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
    }
}

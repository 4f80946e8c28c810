using Supervise.Tests.Support;

// Deliberately in the global namespace: the generator must handle it.
public sealed partial class GlobalNamespaceWorker(WorkerScript script)
{
    [Supervised(Policy = Supervise.RestartPolicy.Immediate)]
    private Task WorkAsync(CancellationToken stoppingToken) => script.RunAsync(stoppingToken);
}

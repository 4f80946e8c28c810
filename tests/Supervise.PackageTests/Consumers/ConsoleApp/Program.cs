using Supervise;

var worker = new FlakyWorker(failuresBeforeSuccess: 2);
await worker.WorkSupervisor.RunAsync(CancellationToken.None);
Console.WriteLine($"runs={worker.Runs} restarts={worker.WorkSupervisor.RestartCount} state={worker.WorkSupervisor.State}");

// Fails its first runs, then completes; OnFailure ends supervision at that completion.
public sealed partial class FlakyWorker(int failuresBeforeSuccess)
{
    public int Runs { get; private set; }

    [Supervised(Restart = RestartMode.OnFailure, Policy = RestartPolicy.Immediate, MaxRestarts = 5, RestartWindowMs = 60_000)]
    private Task WorkAsync(CancellationToken stoppingToken)
    {
        stoppingToken.ThrowIfCancellationRequested();
        Runs++;
        if (Runs <= failuresBeforeSuccess)
        {
            throw new InvalidOperationException($"run {Runs} fails on purpose");
        }

        return Task.CompletedTask;
    }
}

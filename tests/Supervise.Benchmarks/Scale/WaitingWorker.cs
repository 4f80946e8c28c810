using Supervise;

namespace Supervise.Benchmarks.Scale;

/// <summary>A worker that does nothing but wait for its stop token, as an idle consumer does.</summary>
public sealed partial class WaitingWorker(StartCounter started)
{
    [Supervised(ShutdownTimeoutMs = 5_000)]
    internal Task WaitAsync(CancellationToken stoppingToken)
    {
        started.Signal();
        return Task.Delay(Timeout.Infinite, stoppingToken);
    }
}

/// <summary>Completes once a given number of workers have started.</summary>
public sealed class StartCounter(int expected)
{
    private readonly TaskCompletionSource _allStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _started;

    public Task AllStarted => _allStarted.Task;

    public void Signal()
    {
        if (Interlocked.Increment(ref _started) == expected)
        {
            _allStarted.TrySetResult();
        }
    }
}

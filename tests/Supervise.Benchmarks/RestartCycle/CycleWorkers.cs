using Supervise;

namespace Supervise.Benchmarks.RestartCycle;

/// <summary>
/// The three workers of the restart-cycle benchmark, each supervised by generated code with
/// <c>Immediate</c> restarts after every exit. Every call counts down, and the last one cancels the
/// stop token, so one benchmark invocation is exactly <see cref="Cycles"/> runs.
/// </summary>
public sealed partial class CycleWorkers
{
    public const int Cycles = 10_000;

    private int _remaining;
    private CancellationTokenSource _stop = new();

    /// <summary>Arms the next invocation: a fresh stop token and a full count.</summary>
    public CancellationToken Reset()
    {
        _stop.Dispose();
        _stop = new CancellationTokenSource();
        _remaining = Cycles;
        return _stop.Token;
    }

    [Supervised(Policy = RestartPolicy.Immediate)]
    internal ValueTask CompletesAsync(CancellationToken stoppingToken)
    {
        CountDown();
        return default;
    }

    [Supervised(Policy = RestartPolicy.Immediate)]
    internal async ValueTask ThrowsAsync(CancellationToken stoppingToken)
    {
        CountDown();
        await default(ValueTask);
        throw new InvalidOperationException("The benchmark's worker failed.");
    }

    [Supervised(Policy = RestartPolicy.Immediate)]
    internal async ValueTask YieldsAsync(CancellationToken stoppingToken)
    {
        CountDown();
        await Task.Yield();
    }

    private void CountDown()
    {
        if (--_remaining == 0)
        {
            _stop.Cancel();
        }
    }
}

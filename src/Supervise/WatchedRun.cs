using System.Threading;
using System.Threading.Tasks;

namespace Supervise;

/// <summary>
/// One run under the heartbeat watchdog: its own token (so a hung run can be cancelled without
/// stopping supervision), whether it was found hung, and the signal to stop waiting for it.
/// </summary>
internal sealed class WatchedRun
{
    private readonly CancellationTokenSource _source;
    private int _hung;

    public WatchedRun(CancellationToken stoppingToken)
    {
        _source = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
    }

    public CancellationToken Token => _source.Token;

    public bool IsHung => Volatile.Read(ref _hung) == 1;

    /// <summary>Completes when the supervisor stops waiting for a hung run that ignored its cancellation.</summary>
    public TaskCompletionSource<bool> Abandoned { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Marks the run hung and cancels it; false if it already was.</summary>
    public bool TryMarkHung()
    {
        if (Interlocked.Exchange(ref _hung, 1) == 1)
        {
            return false;
        }

        try
        {
            _source.Cancel();
        }
        catch (System.ObjectDisposedException)
        {
            // The run ended (and released its source) just as the watchdog fired.
        }

        return true;
    }

    public void Release() => _source.Dispose();
}

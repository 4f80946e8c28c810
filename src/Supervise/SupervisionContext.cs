using System.Threading;

namespace Supervise;

/// <summary>
/// What a worker may know about its supervision, passed to a worker that takes it as a parameter
/// (instead of, or besides, its <see cref="CancellationToken"/>, in either order).
/// </summary>
/// <example>
/// <code>
/// [Supervised(HeartbeatTimeoutMs = 10_000)]
/// private async Task PollAsync(SupervisionContext context)
/// {
///     while (!context.StoppingToken.IsCancellationRequested)
///     {
///         await PollOnceAsync(context.StoppingToken);
///         context.Heartbeat();   // still alive: the watchdog waits another 10 s
///     }
/// }
/// </code>
/// </example>
public sealed class SupervisionContext
{
    private readonly Supervisor _supervisor;
    private CancellationToken _stoppingToken;
    private long _lastHeartbeat;

    internal SupervisionContext(Supervisor supervisor)
    {
        _supervisor = supervisor;
    }

    /// <summary>
    /// The current run's stop token: cancelled when supervision stops, or when the watchdog finds the
    /// run hung. The same token the worker receives as its <see cref="CancellationToken"/> parameter.
    /// </summary>
    public CancellationToken StoppingToken => _stoppingToken;

    /// <summary>The number of the current run: 1 for the first, 2 for the first restart, and so on.</summary>
    public int Attempt => _supervisor.RestartCount + 1;

    /// <summary>How many times the worker has been restarted so far.</summary>
    public int RestartCount => _supervisor.RestartCount;

    /// <summary>The supervisor's name.</summary>
    public string SupervisorName => _supervisor.Name;

    /// <summary>
    /// Tells the watchdog the worker is making progress. With
    /// <see cref="SupervisedAttribute.HeartbeatTimeoutMs"/> set, a run that goes that long without a
    /// heartbeat is cancelled and restarted. Cheap enough to call on every iteration.
    /// </summary>
    public void Heartbeat() => Volatile.Write(ref _lastHeartbeat, _supervisor.Clock.Now());

    internal long LastHeartbeat => Volatile.Read(ref _lastHeartbeat);

    /// <summary>Points the context at a new run: its token, and a fresh heartbeat so the run starts alive.</summary>
    internal void BeginRun(CancellationToken runToken)
    {
        _stoppingToken = runToken;
        Heartbeat();
    }
}

using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Supervise;

// Deciding and waiting for restarts: delays (fixed, backoff, jittered) and the restart limit.
public abstract partial class Supervisor
{
    private long _nextRestartAtTicks;
    private Random? _random;
    private double _previousJitterDraw = double.NaN;
    private RestartWindow? _restartWindow;

    /// <summary>When the worker will be restarted, while the supervisor waits to restart it (a restart delay or an open circuit); otherwise null.</summary>
    public DateTimeOffset? NextRestartAt
    {
        get
        {
            var ticks = Volatile.Read(ref _nextRestartAtTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>
    /// The source of jitter for restart delays. Defaults to a shared generator; tests set a seeded one
    /// so that delays are reproducible. Cannot be changed while the supervisor runs.
    /// </summary>
    /// <exception cref="InvalidOperationException">The supervisor is running.</exception>
    public Random Random
    {
        get => _random ??= CreateDefaultRandom();
        set => SetWhileIdle(ref _random, value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>Called by the generated loop before a restart with no delay; counts the restart.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected void OnRestarting()
    {
        if (_logs || Restarting is not null || SupervisorTelemetry.Restarts.Enabled)
        {
            if (_logs)
            {
                SupervisorLog.Restarting(_logger, Name, 0, _restartCount + 2);
            }

            RaiseRestarting(TimeSpan.Zero);
            RecordRestart();
        }

        Volatile.Write(ref _restartCount, _restartCount + 1);
    }

    /// <summary>
    /// Called by the generated loop to wait before a restart. Counts the restart when the wait ends;
    /// a stop during the wait ends it at once.
    /// </summary>
    /// <param name="delay">How long to wait.</param>
    /// <param name="stoppingToken">The supervisor's stop token.</param>
    /// <returns><see langword="true"/> to restart, <see langword="false"/> if supervision is stopping.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected Task<bool> DelayRestartAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        SupervisorLog.Restarting(_logger, Name, (long)delay.TotalMilliseconds, _restartCount + 2);
        return WaitThenRestartAsync(delay, SupervisorState.WaitingToRestart, stoppingToken);
    }

    /// <summary>Called by the generated loop for a jittered backoff delay: the next one of this failure streak.</summary>
    /// <param name="initialDelayMs">The median first delay.</param>
    /// <param name="maxDelayMs">The cap.</param>
    /// <returns>The delay to pass to <see cref="DelayRestartAsync"/>.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected TimeSpan NextBackoffDelay(int initialDelayMs, int maxDelayMs)
    {
        var random = Random;
        var draw = random.NextDouble();

        // The first delay of a streak has no predecessor: it gets a fresh draw in its place.
        var previous = _consecutiveFailures <= 1 || double.IsNaN(_previousJitterDraw) ? random.NextDouble() : _previousJitterDraw;
        _previousJitterDraw = draw;
        return BackoffSchedule.DecorrelatedJitterDelay(_consecutiveFailures, draw, previous, initialDelayMs, maxDelayMs);
    }

    /// <summary>Called by the generated loop for a fixed delay with ±25% jitter.</summary>
    /// <param name="delayMs">The fixed delay.</param>
    /// <returns>The delay to pass to <see cref="DelayRestartAsync"/>.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected TimeSpan JitteredDelay(int delayMs) => BackoffSchedule.JitteredFixedDelay(delayMs, Random.NextDouble());

    /// <summary>
    /// Called by the generated loop before each restart when a restart limit is set: records the
    /// restart, unless it would be one more than <paramref name="maxRestarts"/> within the window.
    /// </summary>
    /// <param name="maxRestarts">Restarts allowed within the window.</param>
    /// <param name="restartWindowMs">The sliding window; 0 for the supervisor's whole run.</param>
    /// <returns><see langword="false"/> when the limit is exceeded: the loop gives up.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected bool TryRecordRestart(int maxRestarts, int restartWindowMs)
    {
        var window = _restartWindow ??= new RestartWindow(maxRestarts, TimeSpan.FromMilliseconds(restartWindowMs), _clock.Frequency);
        return window.TryRecord(_clock.Now());
    }

    /// <summary>Waits out a restart delay or a circuit break in <paramref name="waitingState"/>, then counts the restart.</summary>
    private async Task<bool> WaitThenRestartAsync(TimeSpan delay, SupervisorState waitingState, CancellationToken stoppingToken)
    {
        RaiseRestarting(delay);
        if (delay > TimeSpan.Zero)
        {
            var wait = Delay(_timeProvider, delay, stoppingToken);
            Volatile.Write(ref _nextRestartAtTicks, (_timeProvider.GetUtcNow() + delay).UtcTicks);

            // Entered once the timer exists, so whoever watches for this state can advance a fake clock.
            EnterLoopState(waitingState);
            try
            {
                await wait.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return false;
            }
        }

        if (stoppingToken.IsCancellationRequested)
        {
            return false;
        }

        Volatile.Write(ref _restartCount, _restartCount + 1);
        RecordRestart();
        return true;
    }

    private void ResetRestartPolicies()
    {
        _previousJitterDraw = double.NaN;
        _restartWindow = null;
        ResetCircuit();
    }

    private static Random CreateDefaultRandom() =>
#if NET6_0_OR_GREATER
        Random.Shared;
#else
        new();
#endif

    private static Task Delay(TimeProvider timeProvider, TimeSpan delay, CancellationToken cancellationToken) =>
#if NET8_0_OR_GREATER
        Task.Delay(delay, timeProvider, cancellationToken);
#else
        timeProvider.Delay(delay, cancellationToken);
#endif
}

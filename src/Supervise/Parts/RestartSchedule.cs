using System;
using System.Threading;

namespace Supervise;

/// <summary>
/// One session's restart decisions: the delay before each restart (fixed, jittered, backoff), the
/// restart limit over its sliding window, and when the next restart is due.
/// </summary>
/// <remarks>
/// Concurrency: one writer, the supervising loop; <see cref="NextRestartAt"/> is read from any thread.
/// </remarks>
internal sealed class RestartSchedule
{
    /// <summary>The schedule of a supervisor that has never started: nothing due, never written.</summary>
    public static readonly RestartSchedule None = new();

    private long _nextRestartAtTicks;
    private double _previousJitterDraw = double.NaN;
    private RestartWindow? _window;

    /// <summary>When the pending restart is due (UTC), while the loop waits for one; otherwise null.</summary>
    public DateTimeOffset? NextRestartAt
    {
        get
        {
            var ticks = Volatile.Read(ref _nextRestartAtTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>The delay before the next restart, by the policy of <paramref name="settings"/>.</summary>
    /// <param name="settings">The policy.</param>
    /// <param name="consecutiveFailures">The failure streak, counting the run that just ended.</param>
    /// <param name="random">The jitter source.</param>
    public TimeSpan NextDelay(SupervisorSettings settings, int consecutiveFailures, Random random)
    {
        switch (settings.Policy)
        {
            case RestartPolicy.Immediate:
                return TimeSpan.Zero;
            case RestartPolicy.Backoff when settings.JittersDelays:
                var draw = random.NextDouble();

                // The first delay of a streak has no predecessor: it gets a fresh draw in its place.
                var previous = consecutiveFailures <= 1 || double.IsNaN(_previousJitterDraw) ? random.NextDouble() : _previousJitterDraw;
                _previousJitterDraw = draw;
                return BackoffSchedule.DecorrelatedJitterDelay(consecutiveFailures, draw, previous, settings.RestartDelayMs, settings.MaxDelayMs);
            case RestartPolicy.Backoff:
                return BackoffSchedule.ExponentialDelay(consecutiveFailures, settings.RestartDelayMs, settings.MaxDelayMs);
            default:
                return settings.JittersDelays
                    ? BackoffSchedule.JitteredFixedDelay(settings.RestartDelayMs, random.NextDouble())
                    : settings.RestartDelay;
        }
    }

    /// <summary>Records a restart at <paramref name="now"/>, unless it is one more than the limit allows within the window.</summary>
    /// <returns><see langword="false"/> when the limit is exceeded: the supervisor gives up.</returns>
    public bool TryRecordRestart(SupervisorSettings settings, long now, long timestampFrequency)
    {
        var window = _window;
        if (window is null || !window.Counts(settings.MaxRestarts, settings.RestartWindow))
        {
            // A changed limit (new settings) starts a new count: the old one measured something else.
            window = _window = new RestartWindow(settings.MaxRestarts, settings.RestartWindow, timestampFrequency);
        }

        return window.TryRecord(now);
    }

    public void WaitingUntil(DateTimeOffset restartAt) => Volatile.Write(ref _nextRestartAtTicks, restartAt.UtcTicks);

    public void NotWaiting() => Volatile.Write(ref _nextRestartAtTicks, 0);
}

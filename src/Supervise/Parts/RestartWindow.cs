using System;
using System.Collections.Generic;

namespace Supervise;

/// <summary>
/// Restart intensity, as in Erlang/OTP: at most <c>maxRestarts</c> restarts within any sliding window.
/// A restart counts from its timestamp until the window has passed over it: one that is exactly a
/// window old no longer counts.
/// </summary>
internal sealed class RestartWindow
{
    private readonly int _maxRestarts;
    private readonly TimeSpan _window;
    private readonly long _windowTicks;
    private readonly Queue<long> _recent = new();
    private long _lifetimeRestarts;

    /// <param name="maxRestarts">Restarts allowed within the window; 0 allows none.</param>
    /// <param name="window">The window; <see cref="TimeSpan.Zero"/> for the whole run of the supervisor.</param>
    /// <param name="timestampFrequency">Timestamp ticks per second, as the <see cref="TimeProvider"/> counts them.</param>
    public RestartWindow(int maxRestarts, TimeSpan window, long timestampFrequency)
    {
        _maxRestarts = Math.Max(maxRestarts, 0);
        _window = window;
        _windowTicks = (long)(window.TotalSeconds * timestampFrequency);
    }

    /// <summary>Whether this window counts the limit <paramref name="maxRestarts"/> over <paramref name="window"/>.</summary>
    public bool Counts(int maxRestarts, TimeSpan window) => Math.Max(maxRestarts, 0) == _maxRestarts && window == _window;

    /// <summary>Records a restart at <paramref name="timestamp"/> if the limit allows it.</summary>
    /// <returns><see langword="false"/> if this restart would be one more than the limit allows: the supervisor gives up.</returns>
    public bool TryRecord(long timestamp)
    {
        if (_windowTicks <= 0)
        {
            if (_lifetimeRestarts >= _maxRestarts)
            {
                return false;
            }

            _lifetimeRestarts++;
            return true;
        }

        while (_recent.Count > 0 && timestamp - _recent.Peek() >= _windowTicks)
        {
            _recent.Dequeue();
        }

        if (_recent.Count >= _maxRestarts)
        {
            return false;
        }

        _recent.Enqueue(timestamp);
        return true;
    }
}

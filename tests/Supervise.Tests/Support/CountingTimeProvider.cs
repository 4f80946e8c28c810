using Microsoft.Extensions.Time.Testing;

namespace Supervise.Tests.Support;

/// <summary>A fake clock that counts the timers created on it and not yet disposed, by due time.</summary>
public sealed class CountingTimeProvider : TimeProvider
{
    private readonly FakeTimeProvider _fake = new();
    private readonly Dictionary<TimeSpan, int> _live = new();

    public override long TimestampFrequency => _fake.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => _fake.GetUtcNow();

    public override long GetTimestamp() => _fake.GetTimestamp();

    /// <summary>How many timers created with <paramref name="dueTime"/> are still alive.</summary>
    public int LiveTimers(TimeSpan dueTime)
    {
        lock (_live)
        {
            return _live.TryGetValue(dueTime, out var count) ? count : 0;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_live)
        {
            _live[dueTime] = (_live.TryGetValue(dueTime, out var count) ? count : 0) + 1;
        }

        return new CountedTimer(_fake.CreateTimer(callback, state, dueTime, period), this, dueTime);
    }

    private void Released(TimeSpan dueTime)
    {
        lock (_live)
        {
            _live[dueTime]--;
        }
    }

    private sealed class CountedTimer(ITimer inner, CountingTimeProvider owner, TimeSpan dueTime) : ITimer
    {
        private int _disposed;

        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(dueTime, period);

        public void Dispose()
        {
            inner.Dispose();
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Released(dueTime);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }
    }
}

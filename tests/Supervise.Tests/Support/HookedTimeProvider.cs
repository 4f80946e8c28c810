using Microsoft.Extensions.Time.Testing;

namespace Supervise.Tests.Support;

/// <summary>
/// A fake clock whose timers can call the test back when they are disposed: a way to act at the
/// exact moment a supervisor releases a timer (its teardown), which no event exposes.
/// </summary>
public sealed class HookedTimeProvider : TimeProvider
{
    private readonly FakeTimeProvider _fake = new();
    private Action? _onNextTimerDisposed;
    private int _hooksArmed;

    public override long TimestampFrequency => _fake.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => _fake.GetUtcNow();

    public override long GetTimestamp() => _fake.GetTimestamp();

    public void Advance(TimeSpan delta) => _fake.Advance(delta);

    /// <summary>Runs <paramref name="action"/> once, when the first timer created from now on is disposed.</summary>
    public void OnNextTimerDisposed(Action action)
    {
        _onNextTimerDisposed = action;
        Volatile.Write(ref _hooksArmed, 1);
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = _fake.CreateTimer(callback, state, dueTime, period);
        return Interlocked.Exchange(ref _hooksArmed, 0) == 1 ? new HookedTimer(timer, Interlocked.Exchange(ref _onNextTimerDisposed, null)) : timer;
    }

    private sealed class HookedTimer(ITimer inner, Action? onDisposed) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(dueTime, period);

        public void Dispose()
        {
            inner.Dispose();
            Interlocked.Exchange(ref onDisposed, null)?.Invoke();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

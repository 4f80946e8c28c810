using Microsoft.Extensions.Time.Testing;

namespace Supervise.Hosting.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also tells when a timer has been created, so a test can
/// advance time past a timeout only once the timer that enforces it exists.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
    private readonly object _gate = new();
    private readonly List<TimeSpan> _created = new();
    private readonly List<(TimeSpan DueTime, TaskCompletionSource Created)> _waiters = new();

    public override DateTimeOffset GetUtcNow() => _time.GetUtcNow();

    public override long GetTimestamp() => _time.GetTimestamp();

    public override long TimestampFrequency => _time.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => _time.LocalTimeZone;

    public void Advance(TimeSpan delta) => _time.Advance(delta);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = _time.CreateTimer(callback, state, dueTime, period);
        List<TaskCompletionSource> ready;
        lock (_gate)
        {
            _created.Add(dueTime);
            ready = _waiters.Where(waiter => waiter.DueTime == dueTime).Select(waiter => waiter.Created).ToList();
            _waiters.RemoveAll(waiter => waiter.DueTime == dueTime);
        }

        ready.ForEach(created => created.TrySetResult());
        return timer;
    }

    /// <summary>Completes once a timer due after <paramref name="dueTime"/> has been created (earlier ones count).</summary>
    public Task TimerCreatedAsync(TimeSpan dueTime)
    {
        lock (_gate)
        {
            if (_created.Contains(dueTime))
            {
                return Task.CompletedTask;
            }

            var created = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((dueTime, created));
            return Guard.Within(created.Task);
        }
    }
}

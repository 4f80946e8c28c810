namespace Supervise.Tests;

public sealed class BackoffScheduleTests
{
    [Theory]
    [InlineData(0, 500, 30_000, 500)]
    [InlineData(1, 500, 30_000, 500)]
    [InlineData(2, 500, 30_000, 1_000)]
    [InlineData(3, 500, 30_000, 2_000)]
    [InlineData(6, 500, 30_000, 16_000)]
    [InlineData(7, 500, 30_000, 30_000)]
    [InlineData(1_000, 500, 30_000, 30_000)]
    [InlineData(int.MaxValue, 500, 30_000, 30_000)]
    [InlineData(31, 1, int.MaxValue, 1_073_741_824)]
    [InlineData(40, 1, int.MaxValue, int.MaxValue)]
    [InlineData(1, 500, 300, 300)]
    [InlineData(5, 0, 30_000, 0)]
    [InlineData(3, -5, 100, 0)]
    [InlineData(2, 500, -1, 0)]
    [InlineData(-3, 500, 30_000, 500)]
    public void The_delay_doubles_per_consecutive_failure_and_stops_at_the_cap(int failures, int initialMs, int maxMs, long expectedMs)
    {
        var delay = BackoffSchedule.ExponentialDelay(failures, initialMs, maxMs);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), delay);
    }

    [Fact]
    public void The_documented_timeline_holds()
    {
        var timeline = Enumerable.Range(1, 8).Select(n => (int)BackoffSchedule.ExponentialDelay(n, 500, 30_000).TotalMilliseconds);

        Assert.Equal([500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000], timeline);
    }
}

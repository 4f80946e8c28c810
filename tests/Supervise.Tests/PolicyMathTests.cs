namespace Supervise.Tests;

/// <summary>Table tests of the pure policy math: jittered delays and the restart window.</summary>
public sealed class PolicyMathTests
{
    [Theory]
    [InlineData(1, 0.0, 0.0)]
    [InlineData(1, 0.999_999, 0.0)]
    [InlineData(1, 0.0, 0.999_999)]
    [InlineData(2, 0.5, 0.5)]
    [InlineData(5, 0.999_999, 0.0)]
    [InlineData(30, 0.3, 0.7)]
    [InlineData(int.MaxValue, 0.999_999, 0.0)]
    [InlineData(0, 0.5, 0.5)]
    [InlineData(-4, 0.5, 0.5)]
    public void A_jittered_backoff_delay_is_never_negative_nor_above_the_cap(int failures, double random, double previous)
    {
        var delay = BackoffSchedule.DecorrelatedJitterDelay(failures, random, previous, 500, 30_000);

        Assert.InRange(delay, TimeSpan.Zero, TimeSpan.FromMilliseconds(30_000));
    }

    [Theory]
    [InlineData(1, 500)]
    [InlineData(2, 1_000)]
    [InlineData(3, 2_000)]
    [InlineData(4, 4_000)]
    [InlineData(5, 8_000)]
    [InlineData(6, 16_000)]
    public void The_median_jittered_delay_follows_the_exponential_curve(int failures, double exponentialMs)
    {
        var random = new Random(20_261_124);
        var delays = Enumerable.Range(0, 20_001)
            .Select(_ => BackoffSchedule.DecorrelatedJitterDelay(failures, random.NextDouble(), random.NextDouble(), 500, int.MaxValue).TotalMilliseconds)
            .Order()
            .ToArray();

        var median = delays[delays.Length / 2];

        Assert.InRange(median, exponentialMs * 0.85, exponentialMs * 1.15);
    }

    [Fact]
    public void Jittered_delays_spread_out_instead_of_landing_in_lock_step()
    {
        var random = new Random(7);
        var delays = Enumerable.Range(0, 1_000)
            .Select(_ => BackoffSchedule.DecorrelatedJitterDelay(3, random.NextDouble(), random.NextDouble(), 500, 30_000))
            .Distinct()
            .Count();

        Assert.True(delays > 900, $"only {delays} distinct delays of 1000");
    }

    [Fact]
    public void Past_the_cap_most_jittered_delays_are_the_cap()
    {
        var random = new Random(11);
        var delays = Enumerable.Range(0, 1_000)
            .Select(_ => BackoffSchedule.DecorrelatedJitterDelay(12, random.NextDouble(), random.NextDouble(), 100, 400))
            .ToArray();

        Assert.All(delays, delay => Assert.InRange(delay.TotalMilliseconds, 0, 400));
        Assert.True(delays.Count(delay => delay.TotalMilliseconds == 400) > 900);
    }

    [Theory]
    [InlineData(1000, 0.0, 750)]
    [InlineData(1000, 0.5, 1000)]
    [InlineData(1000, 0.999_999, 1249.999)]
    [InlineData(0, 0.7, 0)]
    [InlineData(-10, 0.7, 0)]
    public void A_jittered_fixed_delay_stays_within_25_percent(int delayMs, double random, double expectedMs)
    {
        var delay = BackoffSchedule.JitteredFixedDelay(delayMs, random);

        Assert.Equal(expectedMs, delay.TotalMilliseconds, precision: 0);
    }

    [Fact]
    public void Exactly_the_limit_inside_the_window_is_allowed_and_one_more_is_not()
    {
        var window = new RestartWindow(3, TimeSpan.FromSeconds(1), timestampFrequency: 1_000);

        Assert.True(window.TryRecord(0));
        Assert.True(window.TryRecord(10));
        Assert.True(window.TryRecord(999));
        Assert.False(window.TryRecord(999));
    }

    [Fact]
    public void Restarts_stop_counting_once_the_window_has_slid_past_them()
    {
        var window = new RestartWindow(2, TimeSpan.FromSeconds(1), timestampFrequency: 1_000);
        Assert.True(window.TryRecord(0));
        Assert.True(window.TryRecord(500));

        Assert.False(window.TryRecord(999));
        Assert.True(window.TryRecord(1_000));
        Assert.False(window.TryRecord(1_499));
        Assert.True(window.TryRecord(1_500));
    }

    [Fact]
    public void A_refused_restart_does_not_count_against_later_ones()
    {
        var window = new RestartWindow(1, TimeSpan.FromSeconds(1), timestampFrequency: 1_000);
        Assert.True(window.TryRecord(0));
        Assert.False(window.TryRecord(900));

        Assert.True(window.TryRecord(1_000));
    }

    [Fact]
    public void Without_a_window_the_limit_counts_over_the_whole_run()
    {
        var window = new RestartWindow(2, TimeSpan.Zero, timestampFrequency: 1_000);

        Assert.True(window.TryRecord(0));
        Assert.True(window.TryRecord(1_000_000));
        Assert.False(window.TryRecord(1_000_000_000));
    }

    [Fact]
    public void A_limit_of_zero_allows_no_restart()
    {
        Assert.False(new RestartWindow(0, TimeSpan.FromSeconds(1), 1_000).TryRecord(0));
        Assert.False(new RestartWindow(0, TimeSpan.Zero, 1_000).TryRecord(0));
    }
}

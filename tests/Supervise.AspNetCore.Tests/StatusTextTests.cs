namespace Supervise.AspNetCore.Tests;

/// <summary>How the page writes times, durations and runs (the browser test checks the script writes them the same way).</summary>
public sealed class StatusTextTests
{
    [Theory]
    [InlineData(-5, "0 ms")]
    [InlineData(0, "0 ms")]
    [InlineData(0.9, "0 ms")]
    [InlineData(999.99, "999 ms")]
    [InlineData(1_000, "1.0 s")]
    [InlineData(1_299, "1.2 s")]
    [InlineData(59_999, "59.9 s")]
    [InlineData(60_000, "1 min 0 s")]
    [InlineData(185_000, "3 min 5 s")]
    [InlineData(3_599_999, "59 min 59 s")]
    [InlineData(3_600_000, "1 h 0 min")]
    [InlineData(7_800_000, "2 h 10 min")]
    [InlineData(86_400_000, "1 d 0 h")]
    [InlineData(273_600_000, "3 d 4 h")]
    public void Durations_are_short_and_cut_to_whole_steps(double milliseconds, string expected)
    {
        Assert.Equal(expected, StatusText.Duration(milliseconds));
    }

    [Fact]
    public void Times_are_written_in_utc_to_the_second_whatever_their_offset()
    {
        var time = new DateTimeOffset(2026, 1, 2, 5, 4, 5, 999, TimeSpan.FromHours(2));

        Assert.Equal("2026-01-02 03:04:05Z", StatusText.Time(time));
        Assert.Equal("2026-01-02T03:04:05Z", StatusText.MachineTime(time));
    }

    [Theory]
    [InlineData(0, 6)]
    [InlineData(99.9, 6)]
    [InlineData(100, 9)]
    [InlineData(1_000, 12)]
    [InlineData(10_000, 15)]
    [InlineData(60_000, 18)]
    [InlineData(600_000, 21)]
    [InlineData(3_600_000, 24)]
    [InlineData(90_000_000, 24)]
    public void A_run_block_grows_a_step_per_order_of_magnitude_of_its_duration(double milliseconds, int width)
    {
        Assert.Equal(width, RunStrip.Width(milliseconds));
    }

    [Fact]
    public void Failures_stand_tallest_then_completions_then_stops()
    {
        Assert.Equal(24, RunStrip.BlockHeight("Failed"));
        Assert.Equal(16, RunStrip.BlockHeight("Completed"));
        Assert.Equal(10, RunStrip.BlockHeight("Stopped"));
    }

    [Fact]
    public void A_blocks_tooltip_says_how_the_run_ended_how_long_it_lasted_when_it_started_and_what_failed_it()
    {
        var run = new RunStatus { StartedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), DurationMs = 1_500, Outcome = "Failed", FailureType = "System.TimeoutException" };

        Assert.Equal("Failed after 1.5 s, started 2026-01-02 03:04:05Z: System.TimeoutException", RunStrip.Describe(run));
    }

    [Fact]
    public void The_strips_caption_counts_the_outcomes_it_shows()
    {
        RunStatus Run(string outcome) => new() { StartedAt = default, DurationMs = 1, Outcome = outcome, FailureType = null };

        Assert.Equal("No finished runs yet", RunStrip.Caption([]));
        Assert.Equal("Last run: 1 stopped", RunStrip.Caption([Run("Stopped")]));
        Assert.Equal("Last 4 runs: 1 completed, 3 failed", RunStrip.Caption([Run("Failed"), Run("Completed"), Run("Failed"), Run("Failed")]));
    }
}

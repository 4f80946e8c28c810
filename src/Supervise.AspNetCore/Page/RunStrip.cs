namespace Supervise.AspNetCore;

/// <summary>
/// The geometry of the recent-runs strip: one block per run, its width by how long the run lasted
/// (a step per order of magnitude, so a day-long run does not squeeze the others out), its colour and
/// height by how it ended, so failures read without colour too. The page's script uses the same numbers.
/// </summary>
internal static class RunStrip
{
    public const int Height = 24;

    public const int Gap = 2;

    // A block grows one step at each of these run lengths: 0.1 s, 1 s, 10 s, 1 min, 10 min, 1 h.
    private static readonly double[] WidthSteps = [100, 1_000, 10_000, 60_000, 600_000, 3_600_000];

    public static int Width(double durationMs)
    {
        var width = 6;
        foreach (var step in WidthSteps)
        {
            if (durationMs >= step)
            {
                width += 3;
            }
        }

        return width;
    }

    /// <summary>The block's height: full for a failure, less for a completion, least for a stop.</summary>
    public static int BlockHeight(string outcome) => outcome switch
    {
        "Failed" => Height,
        "Completed" => 16,
        _ => 10,
    };

    /// <summary>The CSS class naming the outcome's colour.</summary>
    public static string OutcomeClass(string outcome) => outcome switch
    {
        "Failed" => "failed",
        "Completed" => "completed",
        _ => "stopped",
    };

    /// <summary>What a block's tooltip says.</summary>
    public static string Describe(RunStatus run)
    {
        var text = $"{run.Outcome} after {StatusText.Duration(run.DurationMs)}, started {StatusText.Time(run.StartedAt)}";
        return run.FailureType is { } failureType ? text + ": " + failureType : text;
    }

    /// <summary>The strip's caption and accessible name: <c>Last 7 runs: 5 completed, 2 failed</c>.</summary>
    public static string Caption(IReadOnlyList<RunStatus> runs)
    {
        if (runs.Count == 0)
        {
            return "No finished runs yet";
        }

        var parts = new List<string>(3);
        foreach (var outcome in new[] { "Completed", "Failed", "Stopped" })
        {
            var count = runs.Count(run => run.Outcome == outcome);
            if (count > 0)
            {
                parts.Add($"{count} {outcome.ToLowerInvariant()}");
            }
        }

        return $"Last {(runs.Count == 1 ? "run" : runs.Count + " runs")}: {string.Join(", ", parts)}";
    }
}

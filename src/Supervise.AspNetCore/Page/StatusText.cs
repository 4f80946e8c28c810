using System.Globalization;

namespace Supervise.AspNetCore;

/// <summary>
/// How the page writes times and durations. The page's script writes them the same way, in the same
/// integer steps, so a refresh changes only what changed (the browser test compares the two).
/// </summary>
internal static class StatusText
{
    /// <summary>Shown where a value does not apply (no restart due, no run in progress).</summary>
    public const string None = "—";

    /// <summary>A time to read: <c>2026-01-02 03:04:05Z</c>, UTC to the second.</summary>
    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy'-'MM'-'dd' 'HH':'mm':'ss", CultureInfo.InvariantCulture) + "Z";

    /// <summary>The same time for a <c>datetime</c> attribute: <c>2026-01-02T03:04:05Z</c>.</summary>
    public static string MachineTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture) + "Z";

    /// <summary>A duration, short and in whole steps: 350 ms, 4.2 s, 3 min 5 s, 2 h 10 min, 3 d 4 h.</summary>
    public static string Duration(double milliseconds)
    {
        var whole = milliseconds > 0 ? (long)Math.Floor(milliseconds) : 0;
        if (whole < 1_000)
        {
            return Invariant($"{whole} ms");
        }

        if (whole < 60_000)
        {
            var tenths = whole / 100;
            return Invariant($"{tenths / 10}.{tenths % 10} s");
        }

        var seconds = whole / 1_000;
        if (seconds < 3_600)
        {
            return Invariant($"{seconds / 60} min {seconds % 60} s");
        }

        return seconds < 86_400
            ? Invariant($"{seconds / 3_600} h {seconds % 3_600 / 60} min")
            : Invariant($"{seconds / 86_400} d {seconds % 86_400 / 3_600} h");
    }

    /// <summary>How long from one time to a later one (zero if it is not later).</summary>
    public static string Between(DateTimeOffset from, DateTimeOffset to) => Duration((to - from).TotalMilliseconds);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

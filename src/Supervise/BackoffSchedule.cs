using System;

namespace Supervise;

/// <summary>
/// The delay math of <see cref="RestartPolicy.Backoff"/>: pure functions, shared by every generated
/// supervisor so the schedule is written and tested once.
/// </summary>
public static class BackoffSchedule
{
    /// <summary>
    /// The delay before the restart that follows <paramref name="consecutiveFailures"/> failures in a
    /// row: <paramref name="initialDelayMs"/> after the first, doubling after each further one, never
    /// more than <paramref name="maxDelayMs"/>. After a completed run (no failure) it is
    /// <paramref name="initialDelayMs"/>.
    /// </summary>
    /// <param name="consecutiveFailures">Failures in a row, counting the one just seen; 0 after a completion.</param>
    /// <param name="initialDelayMs">The first delay, in milliseconds (negative counts as 0).</param>
    /// <param name="maxDelayMs">The cap, in milliseconds (negative counts as 0).</param>
    /// <returns>The delay, between 0 and <paramref name="maxDelayMs"/>.</returns>
    /// <example>With 500 and 30000: 500, 1000, 2000, 4000, 8000, 16000, 30000, 30000… ms.</example>
    public static TimeSpan ExponentialDelay(int consecutiveFailures, int initialDelayMs, int maxDelayMs)
    {
        var cap = Math.Max(maxDelayMs, 0);
        long delay = Math.Min(Math.Max(initialDelayMs, 0), cap);

        // Doubling stops at the cap, so this runs at most 32 times whatever the failure count.
        for (var failure = 2; failure <= consecutiveFailures && delay > 0 && delay < cap; failure++)
        {
            delay *= 2;
        }

        return TimeSpan.FromMilliseconds(Math.Min(delay, cap));
    }
}

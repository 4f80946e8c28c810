using System;

namespace Supervise;

/// <summary>
/// The delay math of the restart policies: pure functions, shared by every generated supervisor so
/// each schedule is written and tested once. Randomness comes in as arguments, so every delay is
/// reproducible.
/// </summary>
public static class BackoffSchedule
{
    // Maximum exponent used by the jitter formula: far past any cap, and still finite in a double.
    private const int MaxJitterExponent = 60;

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

    /// <summary>
    /// A jittered backoff delay: decorrelated (each delay depends on the random draw of the one before)
    /// so that workers failing together spread out, with a median that follows
    /// <see cref="ExponentialDelay"/> (about 1, 2, 4, 8… times <paramref name="initialDelayMs"/>), never
    /// more than <paramref name="maxDelayMs"/>.
    /// </summary>
    /// <remarks>
    /// The formula is George Polevoy's decorrelated jitter as adopted by Polly
    /// ("DecorrelatedJitterBackoffV2", App-vNext/Polly issue 530): with f(t) = 2^t · tanh(√(4t)), the
    /// n-th delay is (f(n + r_n) − f(n − 1 + r_(n−1))) / 1.4 times the first delay, for uniform draws r.
    /// Here it is indexed from n = 1 for the first failure, which puts the medians on the exponential
    /// curve itself rather than one step behind it.
    /// </remarks>
    /// <param name="consecutiveFailures">Failures in a row, counting the one just seen; 0 counts as 1.</param>
    /// <param name="random">This delay's draw, in [0, 1).</param>
    /// <param name="previousRandom">The previous delay's draw, in [0, 1) (a fresh draw for the first delay).</param>
    /// <param name="initialDelayMs">About the median first delay (1.1 times it is), in milliseconds: a scale, not a floor; the first delay falls anywhere from 0 to about 2.8 times it.</param>
    /// <param name="maxDelayMs">The cap, in milliseconds.</param>
    /// <returns>The delay, between 0 and <paramref name="maxDelayMs"/>.</returns>
    public static TimeSpan DecorrelatedJitterDelay(int consecutiveFailures, double random, double previousRandom, int initialDelayMs, int maxDelayMs)
    {
        var n = Math.Min(Math.Max(consecutiveFailures, 1), MaxJitterExponent);
        var spread = JitterCurve(n + Clamp01(random)) - JitterCurve(n - 1 + Clamp01(previousRandom));
        var delayMs = spread / 1.4 * Math.Max(initialDelayMs, 0);
        return TimeSpan.FromMilliseconds(Math.Min(Math.Max(delayMs, 0), Math.Max(maxDelayMs, 0)));
    }

    /// <summary>A fixed delay jittered by up to ±25%: <paramref name="delayMs"/> · (0.75 + 0.5 · <paramref name="random"/>).</summary>
    /// <param name="delayMs">The fixed delay, in milliseconds (negative counts as 0).</param>
    /// <param name="random">A draw in [0, 1).</param>
    /// <returns>The delay, between 75% and 125% of <paramref name="delayMs"/>.</returns>
    public static TimeSpan JitteredFixedDelay(int delayMs, double random) =>
        TimeSpan.FromMilliseconds(Math.Max(delayMs, 0) * (0.75 + (0.5 * Clamp01(random))));

    private static double JitterCurve(double t) => Math.Pow(2, t) * Math.Tanh(Math.Sqrt(4 * t));

    private static double Clamp01(double value) => double.IsNaN(value) ? 0 : Math.Min(Math.Max(value, 0), 1);
}

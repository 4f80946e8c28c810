using System.Diagnostics;

namespace SeedDemo;

/// <summary>Time since the demo started, for its output lines.</summary>
internal static class Clock
{
    private static readonly Stopwatch Started = Stopwatch.StartNew();

    public static string Now => $"{Started.Elapsed.TotalSeconds,5:0.000}s";
}

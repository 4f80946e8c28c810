using System.Globalization;

namespace SeedDemo;

/// <summary>The demo's command line: <c>--seed &lt;int&gt;</c> and <c>--duration &lt;seconds&gt;</c>.</summary>
internal sealed record DemoOptions(int? Seed, double DurationSeconds)
{
    public static DemoOptions Parse(string[] args)
    {
        int? seed = null;
        var duration = 4.0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value):
                    seed = value;
                    i++;
                    break;
                case "--duration" when i + 1 < args.Length
                    && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                    && seconds > 0:
                    duration = seconds;
                    i++;
                    break;
                default:
                    throw new ArgumentException($"Unknown or incomplete option '{args[i]}'. Usage: SeedDemo [--seed <int>] [--duration <seconds>]");
            }
        }

        return new DemoOptions(seed, duration);
    }
}

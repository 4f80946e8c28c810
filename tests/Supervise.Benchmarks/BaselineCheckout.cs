using BenchmarkDotNet.Jobs;

namespace Supervise.Benchmarks;

/// <summary>
/// Side-by-side runs against an earlier checkout of this repository (<c>--baseline-checkout DIR</c>):
/// every job runs twice, once built from that checkout's runtime and generator and once from this one,
/// in the same process and on the same machine state, so a change can be measured against what it replaces.
/// </summary>
public static class BaselineCheckout
{
    public const string Option = "--baseline-checkout";

    /// <summary>The earlier checkout's root, or null for an ordinary run.</summary>
    public static string? Path { get; private set; }

    /// <summary>Takes the option out of the arguments BenchmarkDotNet sees.</summary>
    public static string[] Extract(string[] args)
    {
        var index = Array.IndexOf(args, Option);
        if (index < 0)
        {
            return args;
        }

        if (index == args.Length - 1 || !Directory.Exists(args[index + 1]))
        {
            throw new ArgumentException($"{Option} needs the root folder of an earlier checkout of this repository.");
        }

        Path = System.IO.Path.GetFullPath(args[index + 1]);
        return args.Where((_, i) => i != index && i != index + 1).ToArray();
    }

    /// <summary>The job as given, or in side-by-side mode the job built both ways.</summary>
    public static IEnumerable<Job> Jobs(Job job) => Path is null
        ? [job]
        : [job.WithId("baseline").WithMsBuildArguments($"/p:SuperviseBaselineCheckout={Path}"), job.WithId("this")];
}

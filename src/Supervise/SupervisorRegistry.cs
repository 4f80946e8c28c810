using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;

namespace Supervise;

/// <summary>
/// The supervisors that have started, held weakly (a supervisor nobody references is not kept alive
/// for metrics), so the worker-count gauge can report them by state.
/// </summary>
/// <remarks>
/// The entries of collected supervisors are dropped as the list grows, not only when the gauge is
/// read: without a metrics listener the list stays within twice the supervisors still alive.
/// </remarks>
internal static class SupervisorRegistry
{
    private const int FirstPruneAt = 64;

    private static readonly object Gate = new();
    private static readonly List<WeakReference<Supervisor>> Started = new();
    private static readonly string[] StateTags = CreateStateTags();
    private static int _pruneAt = FirstPruneAt;

    /// <summary>Entries held, for tests: live supervisors plus collected ones not yet dropped.</summary>
    public static int Count
    {
        get
        {
            lock (Gate)
            {
                return Started.Count;
            }
        }
    }

    public static void Add(Supervisor supervisor)
    {
        lock (Gate)
        {
            if (Started.Count >= _pruneAt)
            {
                // Amortised: the next prune waits until the list has doubled again.
                Started.RemoveAll(static reference => !reference.TryGetTarget(out _));
                _pruneAt = Math.Max(FirstPruneAt, Started.Count * 2);
            }

            Started.Add(new WeakReference<Supervisor>(supervisor));
        }
    }

    /// <summary>The observation of the gauge: one measurement per state, dropping collected supervisors as it goes.</summary>
    public static IEnumerable<Measurement<long>> CountByState()
    {
        var counts = new long[StateTags.Length];
        lock (Gate)
        {
            Started.RemoveAll(reference => !reference.TryGetTarget(out _));
            foreach (var reference in Started)
            {
                if (reference.TryGetTarget(out var supervisor))
                {
                    counts[(int)supervisor.State]++;
                }
            }
        }

        var measurements = new Measurement<long>[counts.Length];
        for (var state = 0; state < counts.Length; state++)
        {
            measurements[state] = new Measurement<long>(counts[state], new KeyValuePair<string, object?>(SupervisorTelemetry.WorkerStateTag, StateTags[state]));
        }

        return measurements;
    }

    private static string[] CreateStateTags()
    {
        // Enum.GetValues(Type) may need code generated at run time, which native AOT cannot do.
#if NET5_0_OR_GREATER
        var states = Enum.GetValues<SupervisorState>();
#else
        var states = (SupervisorState[])Enum.GetValues(typeof(SupervisorState));
#endif
        var tags = new string[states.Length];
        foreach (var state in states)
        {
            tags[(int)state] = SnakeCase(state.ToString());
        }

        return tags;
    }

    private static string SnakeCase(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}

using System;
using System.Collections.Generic;

namespace Supervise;

/// <summary>
/// The last runs of a supervisor, across its sessions, for status pages: a fixed-size ring, kept only
/// when asked for (<see cref="Supervisor.RunHistoryCapacity"/>), so a supervisor nobody displays pays nothing.
/// </summary>
/// <remarks>Concurrency: its own lock; the loop (and teardown) adds, any thread reads a copy.</remarks>
internal sealed class RunHistory
{
    private readonly object _gate = new();
    private readonly RunRecord[] _runs;
    private int _next;
    private int _count;

    public RunHistory(int capacity)
    {
        _runs = new RunRecord[capacity];
    }

    public int Capacity => _runs.Length;

    public void Add(RunRecord run)
    {
        lock (_gate)
        {
            _runs[_next] = run;
            _next = (_next + 1) % _runs.Length;
            _count = Math.Min(_count + 1, _runs.Length);
        }
    }

    /// <summary>The runs remembered, oldest first.</summary>
    public IReadOnlyList<RunRecord> Snapshot()
    {
        lock (_gate)
        {
            var copy = new RunRecord[_count];
            var oldest = (_next - _count + _runs.Length) % _runs.Length;
            for (var i = 0; i < _count; i++)
            {
                copy[i] = _runs[(oldest + i) % _runs.Length];
            }

            return copy;
        }
    }
}

using System.Diagnostics;

namespace Supervise.Leases.Tests.Fleet;

/// <summary>
/// Replicas of the SingletonFleet sample on one database, and everything they printed in the order the
/// test received it. Waiting is polling their output with a ceiling; on dispose every replica still
/// running is killed and the output goes to the test's log.
/// </summary>
internal sealed class SampleFleet : IAsyncDisposable
{
    private static readonly TimeSpan StartCeiling = TimeSpan.FromSeconds(30);

    private readonly string _connectionString;
    private readonly ITestOutputHelper _output;
    private readonly List<FleetLine> _lines = new();
    private readonly Dictionary<string, ReplicaProcess> _replicas = new(StringComparer.Ordinal);

    public SampleFleet(string connectionString, ITestOutputHelper output)
    {
        _connectionString = connectionString;
        _output = output;
    }

    public ReplicaProcess this[string name] => _replicas[name];

    public IReadOnlyList<FleetLine> Lines
    {
        get
        {
            lock (_lines)
            {
                return _lines.ToList();
            }
        }
    }

    /// <summary>Each leadership once, in the order announced: a replica prints its leader line again after a restart of its run under the same lease.</summary>
    public IReadOnlyList<FleetLine> Leaders => Lines.Where(line => line.LeaderToken is not null)
        .DistinctBy(line => (line.Replica, line.LeaderToken)).ToList();

    public void Start(params string[] names)
    {
        foreach (var name in names)
        {
            _replicas.Add(name, ReplicaProcess.Start(name, _connectionString, Record));
        }
    }

    /// <summary>Starts the replicas one after another, so the first one leads, and waits until it leads and the others stand by.</summary>
    public async Task<FleetLine> StartLedByAsync(string leader, params string[] standbys)
    {
        Start(leader);
        var leads = await LineAsync(line => line.Replica == leader && line.LeaderToken is not null, $"replica {leader} leading", StartCeiling);
        foreach (var standby in standbys)
        {
            Start(standby);
        }

        foreach (var standby in standbys)
        {
            await LineAsync(line => line.Replica == standby && line.IsStandby, $"replica {standby} standing by", StartCeiling);
        }

        return leads;
    }

    /// <summary>The first line received at or after <paramref name="since"/> that matches; fails after the ceiling.</summary>
    public async Task<FleetLine> LineAsync(Func<FleetLine, bool> matches, string what, TimeSpan? ceiling = null, long since = 0)
    {
        var limit = ceiling ?? Within.Deadline;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (Lines.FirstOrDefault(line => line.ReceivedAt >= since && matches(line)) is { } found)
            {
                return found;
            }

            if (clock.Elapsed > limit)
            {
                throw new Xunit.Sdk.XunitException($"{what} did not happen within {limit.TotalSeconds:0} s; the replicas printed:\n{string.Join("\n", Lines)}");
            }

            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var replica in _replicas.Values)
        {
            await replica.DisposeAsync();
        }

        foreach (var line in Lines)
        {
            _output.WriteLine(line.Text);
        }
    }

    private void Record(string replica, string text)
    {
        var line = new FleetLine(replica, text, Stopwatch.GetTimestamp());
        lock (_lines)
        {
            _lines.Add(line);
        }
    }
}

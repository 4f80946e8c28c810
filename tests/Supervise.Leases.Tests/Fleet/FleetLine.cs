using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Supervise.Leases.Tests.Fleet;

/// <summary>One line a replica of the SingletonFleet sample printed, and when the test received it (<see cref="Stopwatch"/> timestamp).</summary>
internal sealed partial record FleetLine(string Replica, string Text, long ReceivedAt)
{
    /// <summary>The fencing token if this is the replica's <c>replica &lt;name&gt;: leader, fencing token &lt;n&gt;</c> line; otherwise null.</summary>
    public long? LeaderToken => LeaderLine().Match(Text) is { Success: true } match
        ? long.Parse(match.Groups["token"].Value, CultureInfo.InvariantCulture)
        : null;

    /// <summary>Whether this is the replica's <c>replica &lt;name&gt;: standby</c> line.</summary>
    public bool IsStandby => Text == $"replica {Replica}: standby";

    /// <summary>Whether this is the line the replica prints once its host has stopped.</summary>
    public bool IsStopped => Text == $"replica {Replica}: stopped";

    /// <summary>How long after <paramref name="timestamp"/> the line was received.</summary>
    public TimeSpan After(long timestamp) => Stopwatch.GetElapsedTime(timestamp, ReceivedAt);

    public override string ToString() => Text;

    [GeneratedRegex(@"^replica \S+: leader, fencing token (?<token>\d+)$")]
    private static partial Regex LeaderLine();
}

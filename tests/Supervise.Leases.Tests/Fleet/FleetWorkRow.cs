namespace Supervise.Leases.Tests.Fleet;

/// <summary>One row of the sample's <c>fleet_work</c> table.</summary>
internal sealed record FleetWorkRow(long Id, long FencingToken, string Replica, DateTime At)
{
    /// <summary>
    /// Fails unless the rows, in the order they were written, show one writer at a time: each fencing token
    /// written by one replica only, and no token lower than one written before it (a stale leader never
    /// wrote after a newer one).
    /// </summary>
    public static void AssertOneWriterAtATime(IReadOnlyList<FleetWorkRow> rowsInWriteOrder)
    {
        foreach (var token in rowsInWriteOrder.GroupBy(row => row.FencingToken))
        {
            var writers = token.Select(row => row.Replica).Distinct().ToList();
            Assert.True(writers.Count == 1, $"Fencing token {token.Key} was written by {string.Join(" and ", writers)}.");
        }

        for (var i = 1; i < rowsInWriteOrder.Count; i++)
        {
            var before = rowsInWriteOrder[i - 1];
            var row = rowsInWriteOrder[i];
            Assert.True(
                row.FencingToken >= before.FencingToken,
                $"Row {row.Id} ({row.Replica}, token {row.FencingToken}, at {row.At:O}) was written after row {before.Id} ({before.Replica}, token {before.FencingToken}, at {before.At:O}).");
        }
    }
}

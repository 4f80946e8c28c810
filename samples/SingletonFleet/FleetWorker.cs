using Npgsql;
using Supervise;

namespace SingletonFleet;

/// <summary>The fleet's one singleton: while this replica holds the lease "fleet-work", a fenced row every 100 ms.</summary>
public sealed partial class FleetWorker(FleetWorkTable table, NpgsqlDataSource dataSource, FleetReplica replica)
{
    /// <summary>How often the leader writes.</summary>
    public static readonly TimeSpan WriteInterval = TimeSpan.FromMilliseconds(100);

    [Supervised(Policy = RestartPolicy.Backoff, RestartDelayMs = 200, MaxDelayMs = 2_000, Singleton = "fleet-work")]
    private async Task WorkAsync(SupervisionContext context)
    {
        var token = context.StoppingToken;
        replica.Say($"leader, fencing token {context.FencingToken}");
        await table.CreateIfMissingAsync(token);
        await using var connection = await dataSource.OpenConnectionAsync(token);
        using var ticks = new PeriodicTimer(WriteInterval);
        do
        {
            if (!await table.TryInsertAsync(connection, context.FencingToken, replica.Name, token))
            {
                // Only a lost lease gets here: the loss cancels this run soon, and the supervisor waits for the lease again.
                throw new FencedOutException(context.FencingToken);
            }
        }
        while (await ticks.WaitForNextTickAsync(token));
    }
}

using System.Diagnostics;

namespace Supervise.Leases.Tests.Fleet;

/// <summary>
/// Replicas of samples/SingletonFleet as real processes on a real PostgreSQL: exactly one writes at a time,
/// fenced, through deaths, a graceful stop and a server restart. Each test has a database of its own; the
/// restart test has a server of its own.
/// </summary>
[Collection(SingletonFleetCollection.Name)]
public sealed class SingletonFleetTests(PostgresFixture postgres, ITestOutputHelper output)
{
    /// <summary>The failover time the README promises with default settings, for a leader that dies.</summary>
    private static readonly TimeSpan FailoverTarget = TimeSpan.FromSeconds(5);

    /// <summary>A leader that stops gracefully releases the lease: a standby takes it at its next try (every 500 ms).</summary>
    private static readonly TimeSpan HandoverTarget = TimeSpan.FromSeconds(1);

    private const int RowsPerLeader = 5;

    [Fact]
    public async Task A_killed_leader_is_replaced_within_the_failover_time_with_a_higher_fencing_token_and_no_two_replicas_ever_write_at_once()
    {
        await using var database = await FleetDatabase.CreateAsync(postgres.ConnectionString);
        await using var fleet = new SampleFleet(database.ConnectionString, output);
        var leader = await fleet.StartLedByAsync("a", "b", "c");

        for (var deaths = 0; deaths < 2; deaths++)
        {
            await database.WaitForRowsAsync(leader.LeaderToken!.Value, RowsPerLeader);
            var killedAt = Stopwatch.GetTimestamp();
            fleet[leader.Replica].Kill();
            var next = await fleet.LineAsync(line => line.LeaderToken is not null && line.Replica != leader.Replica, $"a new leader after SIGKILL of replica {leader.Replica}", since: killedAt);

            var failover = next.After(killedAt);
            output.WriteLine($"SIGKILL of leader {leader.Replica} (token {leader.LeaderToken}) to leader {next.Replica} (token {next.LeaderToken}): {failover.TotalMilliseconds:0} ms");
            Assert.True(failover <= FailoverTarget, $"The failover took {failover.TotalMilliseconds:0} ms; the target is {FailoverTarget.TotalSeconds:0} s.");
            Assert.True(next.LeaderToken > leader.LeaderToken, $"Leader {next.Replica} has token {next.LeaderToken}, not above {leader.LeaderToken}.");
            leader = next;
        }

        await database.WaitForRowsAsync(leader.LeaderToken!.Value, RowsPerLeader);
        var tokens = fleet.Leaders.Select(line => line.LeaderToken!.Value).ToList();
        Assert.Equal(3, tokens.Count);
        Assert.True(tokens.Zip(tokens.Skip(1)).All(pair => pair.First < pair.Second), $"Fencing tokens in the order leaders took over: {string.Join(", ", tokens)}.");
        var rows = await database.RowsAsync();
        FleetWorkRow.AssertOneWriterAtATime(rows);
        Assert.Equal(["a", "b", "c"], rows.Select(row => row.Replica).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_leader_stopped_by_SIGTERM_exits_cleanly_and_hands_over_in_under_a_second()
    {
        await using var database = await FleetDatabase.CreateAsync(postgres.ConnectionString);
        await using var fleet = new SampleFleet(database.ConnectionString, output);
        var leader = await fleet.StartLedByAsync("a", "b");
        await database.WaitForRowsAsync(leader.LeaderToken!.Value, RowsPerLeader);

        var signalledAt = Stopwatch.GetTimestamp();
        await fleet["a"].TerminateAsync();
        var next = await fleet.LineAsync(line => line.Replica == "b" && line.LeaderToken is not null, "replica b leading after SIGTERM of replica a", since: signalledAt);

        var handover = next.After(signalledAt);
        output.WriteLine($"SIGTERM of leader a (token {leader.LeaderToken}) to leader b (token {next.LeaderToken}): {handover.TotalMilliseconds:0} ms");
        Assert.True(handover < HandoverTarget, $"The handover took {handover.TotalMilliseconds:0} ms; the target is under {HandoverTarget.TotalSeconds:0} s.");
        Assert.True(next.LeaderToken > leader.LeaderToken);
        Assert.Equal(0, await fleet["a"].ExitCodeAsync());
        var stopped = Assert.Single(fleet.Lines, line => line.Replica == "a" && line.IsStopped);
        output.WriteLine($"SIGTERM of leader a to its host stopped: {stopped.After(signalledAt).TotalMilliseconds:0} ms");
        await database.WaitForRowsAsync(next.LeaderToken!.Value, RowsPerLeader);
        FleetWorkRow.AssertOneWriterAtATime(await database.RowsAsync());
    }

    [Fact]
    public async Task When_the_database_restarts_under_the_fleet_the_leader_stops_writing_and_a_leader_returns_once_the_server_is_back()
    {
        await using var server = await PostgresServer.StartAsync();
        await using var database = await FleetDatabase.CreateAsync(server.ConnectionString);
        await using var fleet = new SampleFleet(database.ConnectionString, output);
        var leader = await fleet.StartLedByAsync("a", "b");
        var token = leader.LeaderToken!.Value;
        await database.WaitForRowsAsync(token, RowsPerLeader);

        var restartedAt = Stopwatch.GetTimestamp();
        await server.RestartAsync();
        var serverBackAt = await database.ServerStartedAtAsync();
        var noticed = await fleet.LineAsync(line => line.Replica == "a" && (line.IsStandby || line.LeaderToken > token), "replica a noticing the restart", since: restartedAt);
        var back = await fleet.LineAsync(line => line.LeaderToken > token, "a leader after the restart", since: restartedAt);
        await database.WaitForRowsAsync(back.LeaderToken!.Value, RowsPerLeader);

        output.WriteLine($"pg_ctl restart -m fast began; replica a printed '{noticed.Text}' after {noticed.After(restartedAt).TotalMilliseconds:0} ms; leader {back.Replica} (token {back.LeaderToken}) after {back.After(restartedAt).TotalMilliseconds:0} ms");
        var rows = await database.RowsAsync();
        Assert.DoesNotContain(rows, row => row.FencingToken == token && row.At >= serverBackAt);
        FleetWorkRow.AssertOneWriterAtATime(rows);
    }
}

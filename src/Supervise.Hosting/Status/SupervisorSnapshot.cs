using System;
using System.Collections.Generic;

namespace Supervise.Hosting;

/// <summary>
/// One supervisor at one moment: its state and since when, its counts, its last failure, its policy and
/// its recent runs, and the supervisors under it.
/// </summary>
/// <remarks>
/// Each value is read once from the live supervisor, one after another, so a snapshot taken while a run
/// ends may show, say, the new restart count beside the previous state; the next snapshot agrees again.
/// </remarks>
public sealed class SupervisorSnapshot
{
    private SupervisorSnapshot(
        Supervisor supervisor,
        string workerType,
        DateTimeOffset? stateSince,
        SupervisorFailureSnapshot? lastFailure,
        IReadOnlyList<SupervisorSnapshot> children)
    {
        Name = supervisor.Name;
        WorkerType = workerType;
        State = supervisor.State;
        StateSince = stateSince;
        Uptime = supervisor.Uptime;
        RestartCount = supervisor.RestartCount;
        ConsecutiveFailures = supervisor.ConsecutiveFailures;
        LastFailure = lastFailure;
        NextRestartAt = supervisor.NextRestartAt;
        Circuit = supervisor.Circuit;
        Policy = supervisor.Settings.ToString();
        Lease = supervisor.Settings.Singleton;
        FencingToken = supervisor.FencingToken;
        RecentRuns = supervisor.RecentRuns;
        Children = children;
    }

    private SupervisorSnapshot(SupervisorGroup group, string workerType, DateTimeOffset? stateSince, SupervisorFailureSnapshot? lastFailure, IReadOnlyList<SupervisorSnapshot> children)
    {
        Name = group.Name;
        WorkerType = workerType;
        State = group.State;
        StateSince = stateSince;
        RestartCount = group.RestartCount;
        LastFailure = lastFailure;
        Circuit = CircuitState.Closed;
        Policy = group.Settings.ToString();
        RecentRuns = Array.Empty<RunRecord>();
        Children = children;
    }

    /// <summary>A row that stands for several supervisors (a keyed worker set), its values rolled up from its children by the caller.</summary>
    internal SupervisorSnapshot(
        string name,
        string workerType,
        SupervisorState state,
        int restartCount,
        int consecutiveFailures,
        SupervisorFailureSnapshot? lastFailure,
        DateTimeOffset? nextRestartAt,
        CircuitState circuit,
        string policy,
        IReadOnlyList<SupervisorSnapshot> children)
    {
        Name = name;
        WorkerType = workerType;
        State = state;
        RestartCount = restartCount;
        ConsecutiveFailures = consecutiveFailures;
        LastFailure = lastFailure;
        NextRestartAt = nextRestartAt;
        Circuit = circuit;
        Policy = policy;
        RecentRuns = Array.Empty<RunRecord>();
        Children = children;
    }

    /// <summary>The supervisor's name (<see cref="Supervisor.Name"/>): what logs, metrics and health entries call it.</summary>
    public string Name { get; }

    /// <summary>The full name of the type that owns the worker (the one registered with <c>AddSupervisedWorkers&lt;T&gt;()</c>).</summary>
    public string WorkerType { get; }

    /// <summary>Where the supervisor is in its life.</summary>
    public SupervisorState State { get; }

    /// <summary>When the supervisor entered <see cref="State"/> (UTC, by its clock); null if it has not changed state since the host created it.</summary>
    public DateTimeOffset? StateSince { get; }

    /// <summary>How long the current run has been up; zero between runs.</summary>
    public TimeSpan Uptime { get; }

    /// <summary>Restarts so far (<see cref="Supervisor.RestartCount"/>; for a group, <see cref="SupervisorGroup.RestartCount"/>).</summary>
    public int RestartCount { get; }

    /// <summary>Failed runs in a row (<see cref="Supervisor.ConsecutiveFailures"/>).</summary>
    public int ConsecutiveFailures { get; }

    /// <summary>The most recent failure; null if the worker has not failed.</summary>
    public SupervisorFailureSnapshot? LastFailure { get; }

    /// <summary>When the worker will be restarted, while it waits for a restart delay or an open circuit; otherwise null.</summary>
    public DateTimeOffset? NextRestartAt { get; }

    /// <summary>The circuit breaker's state; <see cref="CircuitState.Closed"/> without one.</summary>
    public CircuitState Circuit { get; }

    /// <summary>The supervisor's settings in one line, e.g. <c>Fixed 500 ms; restart always; shutdown 5 s</c>; a group's, e.g. <c>RestForOne; at most 3 restarts in 5 s</c>.</summary>
    public string Policy { get; }

    /// <summary>For a singleton worker, the name of its lease; null for other workers.</summary>
    public string? Lease { get; }

    /// <summary>
    /// For a singleton worker that is the leader, the fencing token of the lease it holds
    /// (<see cref="Supervisor.FencingToken"/>); null on standby and for other workers.
    /// </summary>
    public long? FencingToken { get; }

    /// <summary>The last finished runs, oldest first (a hosted supervisor keeps 50 unless given its own <see cref="Supervisor.RunHistoryCapacity"/>).</summary>
    public IReadOnlyList<RunRecord> RecentRuns { get; }

    /// <summary>
    /// The supervisors under this one, in their order: the children of a supervision group, or one per key
    /// of a keyed worker set. Empty for a plain worker.
    /// </summary>
    public IReadOnlyList<SupervisorSnapshot> Children { get; }

    /// <summary>
    /// Reads a live supervision group: its name, state, group restarts and policy, with its children under it.
    /// A group runs no worker itself, so it has no uptime, runs, circuit or next restart; its last failure is
    /// the one it gave up on, while it is <see cref="SupervisorState.Faulted"/>.
    /// </summary>
    internal static SupervisorSnapshot ReadGroup(SupervisorGroup group, Type workerType, DateTimeOffset? stateSince, SupervisorGaveUpException? gaveUp, IReadOnlyList<SupervisorSnapshot> children)
    {
        var failure = group.State == SupervisorState.Faulted ? gaveUp?.InnerException : null;
        var failedAt = failure is null ? null : stateSince;
        var lastFailure = failure is null
            ? null
            : new SupervisorFailureSnapshot(failure.GetType().FullName ?? failure.GetType().Name, failure.Message, failedAt ?? default);
        return new SupervisorSnapshot(group, workerType.FullName ?? workerType.Name, stateSince, lastFailure, children);
    }

    /// <summary>Reads a live supervisor; <paramref name="stateSince"/> comes from whoever watches its state changes.</summary>
    internal static SupervisorSnapshot Read(Supervisor supervisor, Type workerType, DateTimeOffset? stateSince, IReadOnlyList<SupervisorSnapshot> children)
    {
        // The failure is published after its time, so a failure read first always has its time.
        var failure = supervisor.LastFailure;
        var failedAt = supervisor.LastFailureAt;
        var lastFailure = failure is null
            ? null
            : new SupervisorFailureSnapshot(failure.GetType().FullName ?? failure.GetType().Name, failure.Message, failedAt ?? default);
        return new SupervisorSnapshot(supervisor, workerType.FullName ?? workerType.Name, stateSince, lastFailure, children);
    }
}

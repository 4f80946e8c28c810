using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Supervise;

/// <summary>
/// The names under which supervisors report metrics and traces, following OpenTelemetry's
/// conventions. Subscribe with <c>AddMeter(SupervisorTelemetry.MeterName)</c> and
/// <c>AddSource(SupervisorTelemetry.ActivitySourceName)</c>, or <c>dotnet-counters monitor Supervise</c>.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>instrument</term><description>type, unit, tags</description></listheader>
/// <item><term><c>supervise.worker.restarts</c></term><description>counter, <c>{restart}</c>: restarts (runs after the first); tag <c>supervise.worker.name</c>.</description></item>
/// <item><term><c>supervise.worker.failures</c></term><description>counter, <c>{failure}</c>: runs that ended by throwing; tags <c>supervise.worker.name</c>, <c>error.type</c> (the exception's type name).</description></item>
/// <item><term><c>supervise.worker.run.duration</c></term><description>histogram, <c>s</c>: how long each run lasted; tags <c>supervise.worker.name</c>, <c>supervise.run.outcome</c> (<c>completed</c>, <c>failed</c>, <c>stopped</c>), and <c>error.type</c> when failed.</description></item>
/// <item><term><c>supervise.lease.acquisitions</c>, <c>supervise.lease.losses</c></term><description>counters, <c>{lease}</c>: leases singleton workers took (each a change of leader) and lost; tags <c>supervise.worker.name</c>, <c>supervise.lease.name</c>.</description></item>
/// <item><term><c>supervise.lease.wait.duration</c></term><description>histogram, <c>s</c>: how long a singleton worker waited for its lease; same tags.</description></item>
/// <item><term><c>supervise.group.restarts</c></term><description>counter, <c>{restart}</c>: restarts made by supervision groups, each strategy restart once; tags <c>supervise.group.name</c>, <c>supervise.group.strategy</c>, <c>supervise.group.cause</c> (the child that exited).</description></item>
/// <item><term><c>supervise.worker.count</c></term><description>observable up-down counter, <c>{worker}</c>: supervisors that have started, by <c>supervise.worker.state</c> (the <see cref="SupervisorState"/> name, snake_case).</description></item>
/// </list>
/// <para>
/// Traces: one activity per group restart, named <c>supervise.group.restart</c>, with the group tags; and one activity per run, named <c>supervise.worker.run</c>, with tags
/// <c>supervise.worker.name</c> and <c>supervise.run.attempt</c>; a failed run has error status, an
/// <c>error.type</c> tag and an <c>exception</c> event. The worker runs inside it, so its own
/// activities are children of its run.
/// </para>
/// </remarks>
public static class SupervisorTelemetry
{
    /// <summary>The name of the <see cref="Meter"/> supervisors report to.</summary>
    public const string MeterName = "Supervise";

    /// <summary>The name of the <see cref="ActivitySource"/> supervisors trace runs with.</summary>
    public const string ActivitySourceName = "Supervise";

    /// <summary>The counter of restarts.</summary>
    public const string RestartsInstrument = "supervise.worker.restarts";

    /// <summary>The counter of failed runs.</summary>
    public const string FailuresInstrument = "supervise.worker.failures";

    /// <summary>The histogram of run durations, in seconds.</summary>
    public const string RunDurationInstrument = "supervise.worker.run.duration";

    /// <summary>The count of supervisors by state.</summary>
    public const string WorkerCountInstrument = "supervise.worker.count";

    /// <summary>The counter of leases a singleton worker took: each is a change of leader.</summary>
    public const string LeaseAcquisitionsInstrument = "supervise.lease.acquisitions";

    /// <summary>The counter of leases singleton workers lost while running.</summary>
    public const string LeaseLossesInstrument = "supervise.lease.losses";

    /// <summary>The histogram of how long a singleton worker waited for its lease, in seconds.</summary>
    public const string LeaseWaitInstrument = "supervise.lease.wait.duration";

    /// <summary>Tag: the name of a singleton worker's lease.</summary>
    public const string LeaseNameTag = "supervise.lease.name";

    /// <summary>The counter of group restarts.</summary>
    public const string GroupRestartsInstrument = "supervise.group.restarts";

    /// <summary>The name of the activity of one group restart.</summary>
    public const string GroupRestartActivityName = "supervise.group.restart";

    /// <summary>Tag: a supervision group's name.</summary>
    public const string GroupNameTag = "supervise.group.name";

    /// <summary>Tag: a supervision group's strategy.</summary>
    public const string GroupStrategyTag = "supervise.group.strategy";

    /// <summary>Tag: the child whose exit caused a group restart.</summary>
    public const string GroupCauseTag = "supervise.group.cause";

    /// <summary>The name of the activity of one run.</summary>
    public const string RunActivityName = "supervise.worker.run";

    /// <summary>Tag: the worker's name, <see cref="Supervisor.WorkerName"/> (the same for every keyed child of one worker).</summary>
    public const string WorkerNameTag = "supervise.worker.name";

    /// <summary>Tag: a keyed child's key (<see cref="Supervisor.Key"/>), beside its worker's name, so dashboards can group by worker.</summary>
    public const string WorkerKeyTag = "supervise.worker.key";

    /// <summary>Tag: the supervisor's state, in snake_case.</summary>
    public const string WorkerStateTag = "supervise.worker.state";

    /// <summary>Tag: how a run ended: <c>completed</c>, <c>failed</c> or <c>stopped</c>.</summary>
    public const string RunOutcomeTag = "supervise.run.outcome";

    /// <summary>Tag: the number of the run, 1 for the first.</summary>
    public const string RunAttemptTag = "supervise.run.attempt";

    /// <summary>Tag: the full name of the exception type that failed a run (OpenTelemetry's <c>error.type</c>).</summary>
    public const string ErrorTypeTag = "error.type";

    internal static readonly ActivitySource ActivitySource = new(ActivitySourceName);

    internal static readonly Meter Meter = new(MeterName);

    internal static readonly Counter<long> Restarts =
        Meter.CreateCounter<long>(RestartsInstrument, "{restart}", "Restarts of supervised workers (runs after the first).");

    internal static readonly Counter<long> Failures =
        Meter.CreateCounter<long>(FailuresInstrument, "{failure}", "Runs of supervised workers that ended by throwing.");

    internal static readonly Histogram<double> RunDuration =
        Meter.CreateHistogram<double>(RunDurationInstrument, "s", "How long each run of a supervised worker lasted.");

    internal static readonly Counter<long> LeaseAcquisitions =
        Meter.CreateCounter<long>(LeaseAcquisitionsInstrument, "{lease}", "Leases singleton workers took: changes of leader.");

    internal static readonly Counter<long> LeaseLosses =
        Meter.CreateCounter<long>(LeaseLossesInstrument, "{lease}", "Leases singleton workers lost while running.");

    internal static readonly Histogram<double> LeaseWait =
        Meter.CreateHistogram<double>(LeaseWaitInstrument, "s", "How long a singleton worker waited for its lease.");

    internal static readonly Counter<long> GroupRestarts =
        Meter.CreateCounter<long>(GroupRestartsInstrument, "{restart}", "Restarts made by supervision groups (one per strategy restart).");

    internal static readonly ObservableUpDownCounter<long> WorkerCount =
        Meter.CreateObservableUpDownCounter(WorkerCountInstrument, SupervisorRegistry.CountByState, "{worker}", "Supervisors that have started, by state.");
}

namespace Supervise.Hosting;

/// <summary>
/// The keys of the data in each supervised worker's health report entry
/// (<c>HealthReportEntry.Data</c>), for code that renders or alerts on the report.
/// </summary>
public static class SupervisorHealthData
{
    /// <summary>The <see cref="SupervisorState"/>, as its name (a <see cref="string"/>), such as <c>"Running"</c>.</summary>
    public const string State = "state";

    /// <summary>When the supervisor entered its current state (a <see cref="System.DateTimeOffset"/>, by its clock); absent before it first started.</summary>
    public const string StateSince = "stateSince";

    /// <summary><see cref="Supervisor.RestartCount"/> (an <see cref="int"/>).</summary>
    public const string RestartCount = "restartCount";

    /// <summary><see cref="Supervisor.ConsecutiveFailures"/> (an <see cref="int"/>).</summary>
    public const string ConsecutiveFailures = "consecutiveFailures";

    /// <summary>The message of <see cref="Supervisor.LastFailure"/> (a <see cref="string"/>); absent if the worker has not failed.</summary>
    public const string LastFailure = "lastFailure";

    /// <summary>The full type name of <see cref="Supervisor.LastFailure"/> (a <see cref="string"/>); absent if the worker has not failed.</summary>
    public const string LastFailureType = "lastFailureType";

    /// <summary>
    /// <see cref="Supervisor.NextRestartAt"/> (a <see cref="System.DateTimeOffset"/>, by the supervisor's clock);
    /// present only while it is <see cref="SupervisorState.WaitingToRestart"/> or <see cref="SupervisorState.CircuitOpen"/>.
    /// </summary>
    public const string NextRestartAt = "nextRestartAt";

    /// <summary>The supervisor's policy in one line (<see cref="SupervisorSettings.ToString"/>, a <see cref="string"/>), such as <c>"Fixed 500 ms; restart always; shutdown 5 s"</c>.</summary>
    public const string Policy = "policy";

    /// <summary>A supervision group's entry only: its children's names, in start order (a <see cref="string"/> array); each child has its own entry by that name.</summary>
    public const string Children = "children";

    /// <summary>For a singleton worker, the name of its lease (<see cref="SupervisorSettings.Singleton"/>, a <see cref="string"/>); absent for other workers.</summary>
    public const string Lease = "lease";

    /// <summary>
    /// For a singleton worker, <see cref="LeaderRole"/> while it holds its lease (<see cref="Supervisor.IsLeader"/>),
    /// otherwise <see cref="StandbyRole"/> (a <see cref="string"/>); absent for other workers.
    /// </summary>
    public const string Role = "role";

    /// <summary>The <see cref="Role"/> of a singleton worker that holds its lease and runs.</summary>
    public const string LeaderRole = "leader";

    /// <summary>The <see cref="Role"/> of a singleton worker without its lease: another replica has it, or it is not running.</summary>
    public const string StandbyRole = "standby";

    /// <summary>The fencing token of the lease a singleton worker holds (<see cref="Supervisor.FencingToken"/>, a <see cref="long"/>); present only while it is the leader.</summary>
    public const string FencingToken = "fencingToken";
}

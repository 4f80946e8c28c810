using System;

namespace Supervise;

/// <summary>
/// Marks a worker method for supervision. The Supervise source generator adds to the containing
/// (partial) type a <see cref="Supervisor"/> property named after the method, without its
/// <c>Async</c> suffix, plus <c>Supervisor</c>: <c>PumpAsync</c> gets <c>PumpSupervisor</c>.
/// </summary>
/// <remarks>
/// <para>
/// The worker returns <see cref="System.Threading.Tasks.Task"/>,
/// <see cref="System.Threading.Tasks.ValueTask"/> or <see langword="void"/> (a synchronous worker, run
/// on the thread pool), and takes no parameter or one <see cref="System.Threading.CancellationToken"/>:
/// the stop token, cancelled when the supervisor stops.
/// </para>
/// <para>
/// The values are read at compile time, so they must be constants. Defaults: restart after every exit
/// (<see cref="RestartMode.Always"/>), after a <see cref="RestartPolicy.Fixed"/> delay of 500 ms, and
/// wait up to 5 s for the worker when stopping.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// public sealed partial class QueuePump
/// {
///     [Supervised(RestartDelayMs = 500, Policy = RestartPolicy.Backoff)]
///     private async Task PumpAsync(CancellationToken stoppingToken) { /* ... */ }
/// }
///
/// await new QueuePump().PumpSupervisor.RunAsync(stoppingToken);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class SupervisedAttribute : Attribute
{
    /// <summary>
    /// The delay before a restart, in milliseconds: every time with <see cref="RestartPolicy.Fixed"/>,
    /// the first one with <see cref="RestartPolicy.Backoff"/> (its median when <see cref="Jitter"/> is on, which it is by default); ignored with
    /// <see cref="RestartPolicy.Immediate"/>. Zero or more; default 500.
    /// </summary>
    public int RestartDelayMs { get; set; } = 500;

    /// <summary>How the delay before each restart is chosen. Default <see cref="RestartPolicy.Fixed"/>.</summary>
    public RestartPolicy Policy { get; set; } = RestartPolicy.Fixed;

    /// <summary>
    /// The longest delay <see cref="RestartPolicy.Backoff"/> waits before a restart, in milliseconds.
    /// At least <see cref="RestartDelayMs"/>; default 30000.
    /// </summary>
    public int MaxDelayMs { get; set; } = 30_000;

    /// <summary>Which exits of the worker are followed by a restart. Default <see cref="RestartMode.Always"/>.</summary>
    public RestartMode Restart { get; set; } = RestartMode.Always;

    /// <summary>
    /// How long stopping waits for the worker to return after its stop token is cancelled, in
    /// milliseconds. A worker still running after that is reported as
    /// <see cref="SupervisorState.Unstopped"/>. Zero or more; default 5000.
    /// </summary>
    public int ShutdownTimeoutMs { get; set; } = 5_000;

    /// <summary>
    /// Whether restart delays are randomised so that many workers failing together do not restart in
    /// lock-step. Default <see langword="true"/>, which jitters <see cref="RestartPolicy.Backoff"/> delays
    /// (decorrelated jitter whose median follows the exponential curve, never above
    /// <see cref="MaxDelayMs"/>): <see cref="RestartDelayMs"/> is then the median of the first delay, not
    /// its floor, which falls anywhere from 0 to about 2.8 times it (one in ten below half). <see cref="RestartPolicy.Fixed"/> delays are jittered by ±25% only when
    /// this is set to <see langword="true"/> explicitly.
    /// </summary>
    public bool Jitter { get; set; } = true;

    /// <summary>
    /// How long a run must stay up, in milliseconds, to count as stable: its end starts the backoff
    /// sequence and the consecutive-failure count again, and during a half-open circuit it closes the
    /// circuit. Default -1: ten times the restart delay (<see cref="RestartDelayMs"/>, or none with
    /// <see cref="RestartPolicy.Immediate"/>), but at least 1000.
    /// </summary>
    public int ResetAfterMs { get; set; } = -1;

    /// <summary>
    /// The restart intensity limit: more than this many restarts within <see cref="RestartWindowMs"/>
    /// and the supervisor gives up (<see cref="SupervisorState.Faulted"/>, and
    /// <see cref="SupervisorGaveUpException"/> from <see cref="Supervisor.RunAsync"/>). Default -1: no limit.
    /// </summary>
    public int MaxRestarts { get; set; } = -1;

    /// <summary>
    /// The sliding window, in milliseconds, in which <see cref="MaxRestarts"/> is counted. Default 0:
    /// the supervisor's whole run. Needs <see cref="MaxRestarts"/>.
    /// </summary>
    public int RestartWindowMs { get; set; }

    /// <summary>
    /// After this many consecutive failures the circuit opens: the supervisor stops restarting for
    /// <see cref="CircuitBreakerDurationMs"/> (<see cref="SupervisorState.CircuitOpen"/>), then allows one
    /// trial run. Default 0: no circuit breaker.
    /// </summary>
    public int CircuitBreakerThreshold { get; set; }

    /// <summary>How long an open circuit stays open, in milliseconds. Default 30000.</summary>
    public int CircuitBreakerDurationMs { get; set; } = 30_000;

    /// <summary>
    /// A watchdog for hung workers, in milliseconds: a worker that takes a <see cref="SupervisionContext"/>
    /// and does not call <see cref="SupervisionContext.Heartbeat"/> within this time has its run cancelled,
    /// counted as a failure (<see cref="WorkerHungException"/>) and restarted by policy. Default 0: off.
    /// </summary>
    public int HeartbeatTimeoutMs { get; set; }

    /// <summary>
    /// Exception types (and types derived from them) that stop supervision instead of restarting: the
    /// supervisor gives up with the failure as the inner exception. With <see cref="RestartOn"/>, the
    /// most specific listed type decides.
    /// </summary>
    public Type[]? StopOn { get; set; }

    /// <summary>
    /// The only exception types (and types derived from them) that are restarted; any other failure
    /// stops supervision as with <see cref="StopOn"/>. With <see cref="StopOn"/>, the most specific listed
    /// type decides.
    /// </summary>
    public Type[]? RestartOn { get; set; }

    /// <summary>
    /// In a <see cref="SupervisionGroupAttribute"/> group, marks the child as significant: with the group's
    /// <see cref="SupervisionGroupAttribute.AutoShutdown"/>, its completing for good ends the group. A
    /// significant child must restart <see cref="RestartMode.OnFailure"/> or <see cref="RestartMode.Never"/>,
    /// or it would never be done. Default false.
    /// </summary>
    public bool Significant { get; set; }

    /// <summary>
    /// Makes the worker a singleton across a fleet: the name of a lease that only one replica holds at
    /// a time. Before each run the supervisor takes the lease from the host's lease store (state
    /// <see cref="SupervisorState.WaitingForLease"/> while another replica has it); the run gets the
    /// lease's fencing token (<see cref="SupervisionContext.FencingToken"/>), and losing the lease
    /// cancels the run, which then waits for the lease again. Default null: every replica runs the worker.
    /// </summary>
    public string? Singleton { get; set; }

    /// <summary>
    /// The supervisor's name in logs, metrics and health reports. Default: the containing type's name
    /// and the method's name without <c>Async</c>, such as <c>QueuePump.Pump</c>.
    /// </summary>
    public string? Name { get; set; }
}

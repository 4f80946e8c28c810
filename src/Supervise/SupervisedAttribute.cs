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
    /// the first one with <see cref="RestartPolicy.Backoff"/>; ignored with
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
    /// The supervisor's name in logs, metrics and health reports. Default: the containing type's name
    /// and the method's name without <c>Async</c>, such as <c>QueuePump.Pump</c>.
    /// </summary>
    public string? Name { get; set; }
}

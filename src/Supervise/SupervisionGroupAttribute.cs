using System;

namespace Supervise;

/// <summary>
/// Makes the instance <c>[Supervised]</c> methods of a partial class one supervision group: children
/// that start in declaration order, stop in reverse order, restart together by a
/// <see cref="SupervisionStrategy"/>, and give up together. The generator adds a <c>Group</c> property
/// of type <see cref="SupervisorGroup"/> to the class.
/// </summary>
/// <example>
/// <code>
/// [SupervisionGroup(Strategy = SupervisionStrategy.RestForOne, MaxRestarts = 3, RestartWindowMs = 5_000)]
/// public sealed partial class Ingest
/// {
///     [Supervised(RestartDelayMs = 200)] private Task ConnectAsync(CancellationToken stoppingToken) { /* ... */ }
///     [Supervised] private Task ConsumeAsync(CancellationToken stoppingToken) { /* ... */ }
/// }
///
/// await new Ingest().Group.RunAsync(stoppingToken);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class SupervisionGroupAttribute : Attribute
{
    /// <summary>How the group restarts its children. Default <see cref="SupervisionStrategy.OneForOne"/>.</summary>
    public SupervisionStrategy Strategy { get; set; } = SupervisionStrategy.OneForOne;

    /// <summary>
    /// The group's restart intensity: more than this many restarts (of any child; a restart of several
    /// children by the strategy counts once) within <see cref="RestartWindowMs"/> and the group gives up:
    /// every child stopped, <see cref="SupervisorState.Faulted"/>. 0 or more, or -1 for no limit; default 3.
    /// </summary>
    public int MaxRestarts { get; set; } = 3;

    /// <summary>The sliding window of <see cref="MaxRestarts"/>, in milliseconds; 0 for the group's whole run. Default 5000.</summary>
    public int RestartWindowMs { get; set; } = 5_000;

    /// <summary>Whether the group ends by itself when its significant children are done. Default <see cref="Supervise.AutoShutdown.Never"/>.</summary>
    public AutoShutdown AutoShutdown { get; set; } = AutoShutdown.Never;

    /// <summary>The group's name in logs, metrics and health reports. Default: the class's name.</summary>
    public string? Name { get; set; }
}

using System;
using System.Collections.Generic;

namespace Supervise.Hosting;

/// <summary>
/// How the host treats its supervised workers. Configure with
/// <c>services.ConfigureSupervisedWorkers(options => ...)</c>, or bind from configuration; the values
/// are validated when the host starts.
/// </summary>
/// <example>
/// <code>
/// services.ConfigureSupervisedWorkers(options =>
/// {
///     options.GiveUpBehavior = SupervisorGiveUpBehavior.StopHost;                   // every worker...
///     options.GiveUpBehaviorByName["Reports.Export"] = SupervisorGiveUpBehavior.Ignore; // ...but this one
/// });
/// </code>
/// </example>
public sealed class SupervisedWorkersOptions
{
    /// <summary>
    /// What the host does when a supervisor gives up, unless <see cref="GiveUpBehaviorByName"/> says
    /// otherwise for it. Default <see cref="SupervisorGiveUpBehavior.StopHost"/>.
    /// </summary>
    public SupervisorGiveUpBehavior GiveUpBehavior { get; set; } = SupervisorGiveUpBehavior.StopHost;

    /// <summary>
    /// Give-up behaviors for single workers, keyed by <see cref="Supervisor.Name"/> (case-sensitive,
    /// for example <c>QueuePump.Pump</c>); they override <see cref="GiveUpBehavior"/>. Empty by default.
    /// A name that matches no supervised worker is logged as a warning when the host starts.
    /// </summary>
    public IDictionary<string, SupervisorGiveUpBehavior> GiveUpBehaviorByName { get; } =
        new Dictionary<string, SupervisorGiveUpBehavior>(StringComparer.Ordinal);

    /// <summary>
    /// The process exit code that <see cref="SupervisorGiveUpBehavior.StopHost"/> sets through
    /// <see cref="Environment.ExitCode"/>, unless a non-zero exit code is already set. Not 0; default 1.
    /// </summary>
    /// <remarks>
    /// <see cref="Environment.ExitCode"/> is the exit code when <c>Main</c> returns <see langword="void"/>
    /// or <see cref="System.Threading.Tasks.Task"/> (as top-level statements without <c>return</c> do).
    /// A <c>Main</c> that returns an <see cref="int"/> decides the exit code itself: return
    /// <see cref="Environment.ExitCode"/> after the host has stopped.
    /// </remarks>
    public int FailureExitCode { get; set; } = 1;

    /// <summary>The give-up behavior of the worker named <paramref name="supervisorName"/>.</summary>
    /// <param name="supervisorName">A <see cref="Supervisor.Name"/>.</param>
    /// <returns>Its entry in <see cref="GiveUpBehaviorByName"/> if it has one, otherwise <see cref="GiveUpBehavior"/>.</returns>
    public SupervisorGiveUpBehavior GiveUpBehaviorFor(string supervisorName) =>
        supervisorName is not null && GiveUpBehaviorByName.TryGetValue(supervisorName, out var behavior)
            ? behavior
            : GiveUpBehavior;
}

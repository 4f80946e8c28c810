using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Supervise.Hosting;

/// <summary>
/// Carries out the configured <see cref="SupervisorGiveUpBehavior"/> when a hosted supervisor gives up.
/// </summary>
/// <remarks>
/// StopHost goes further than the host's own <c>BackgroundServiceExceptionBehavior.StopHost</c>, which
/// (up to .NET 10) stops the application but lets the process exit with code 0: it also sets
/// <see cref="Environment.ExitCode"/>, the remedy the .NET documentation discussions recommend over
/// <see cref="Environment.Exit(int)"/>, which would cut the graceful shutdown short.
/// </remarks>
internal sealed class GiveUpEscalation
{
    private readonly SupervisedWorkersOptions _options;
    private readonly IHostApplicationLifetime? _lifetime;
    private readonly ILogger _logger;

    public GiveUpEscalation(SupervisedWorkersOptions options, IHostApplicationLifetime? lifetime, ILogger logger)
    {
        _options = options;
        _lifetime = lifetime;
        _logger = logger;
    }

    /// <summary>Called on the supervising thread when the supervisor gives up, just before it enters <see cref="SupervisorState.Faulted"/>.</summary>
    public void OnGaveUp(SupervisedWorker worker, SupervisorGaveUpException gaveUp)
    {
        // A group's child gives up to its group, which gives up in turn: the group's give-up is the one escalated.
        if (worker.Supervisor.Group is null)
        {
            Escalate(worker.Name, BehaviorFor(worker.Supervisor), gaveUp);
        }
    }

    /// <summary>Called on the supervising thread when a hosted group named <paramref name="name"/> gives up.</summary>
    public void OnGaveUp(string name, SupervisorGaveUpException gaveUp) =>
        Escalate(name, _options.GiveUpBehaviorFor(name), gaveUp);

    private void Escalate(string name, SupervisorGiveUpBehavior behavior, SupervisorGaveUpException gaveUp)
    {
        if (behavior == SupervisorGiveUpBehavior.Ignore)
        {
            HostingLog.GaveUpIgnored(_logger, name, gaveUp.Reason);
            return;
        }

        // A failure code set earlier (by another give-up, or by the application) is kept.
        if (Environment.ExitCode == 0)
        {
            Environment.ExitCode = _options.FailureExitCode;
        }

        HostingLog.GaveUpStoppingHost(_logger, name, gaveUp.Reason, Environment.ExitCode);
        StopHost();
    }

    /// <summary>Called on the group's thread when a hosted group ends by itself (its significant children are done): the job is done, so is the host.</summary>
    public void OnAutoShutdown(string group)
    {
        HostingLog.GroupAutoShutdownStoppingHost(_logger, group);
        StopHost();
    }

    private void StopHost()
    {
        if (_lifetime is { } lifetime)
        {
            // Off the supervising thread: stopping callbacks may wait for this very supervisor to finish.
            _ = Task.Run(lifetime.StopApplication);
        }
    }

    // A keyed child follows its own entry if it has one, else its set's (the worker's name), else the default.
    private SupervisorGiveUpBehavior BehaviorFor(Supervisor supervisor) =>
        supervisor.Key is not null && !_options.GiveUpBehaviorByName.ContainsKey(supervisor.Name)
            ? _options.GiveUpBehaviorFor(supervisor.WorkerName)
            : _options.GiveUpBehaviorFor(supervisor.Name);
}

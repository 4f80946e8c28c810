using Microsoft.Extensions.Logging;

namespace Supervise.Hosting;

/// <summary>
/// The host integration's log lines, in category <see cref="SupervisedWorkersLogCategories.Hosting"/>.
/// Event IDs are stable and start at 201, clear of the supervisors' (1 and up) and the health checks' (100 and up); every line names the worker.
/// </summary>
internal static partial class HostingLog
{
    [LoggerMessage(EventId = 201, EventName = "SupervisorGaveUpStoppingHost", Level = LogLevel.Critical,
        Message = "Supervisor {Supervisor} gave up on its worker ({Reason}); stopping the host, exit code {ExitCode} (give-up behavior StopHost).")]
    public static partial void GaveUpStoppingHost(ILogger logger, string supervisor, GiveUpReason reason, int exitCode);

    [LoggerMessage(EventId = 202, EventName = "SupervisorGaveUpIgnored", Level = LogLevel.Error,
        Message = "Supervisor {Supervisor} gave up on its worker ({Reason}); the host keeps running and reports the worker Unhealthy (give-up behavior Ignore).")]
    public static partial void GaveUpIgnored(ILogger logger, string supervisor, GiveUpReason reason);

    [LoggerMessage(EventId = 203, EventName = "WorkerUnstoppedAtShutdown", Level = LogLevel.Error,
        Message = "Worker {Supervisor} did not stop within the shutdown timeout (its own {ShutdownTimeoutMs} ms, or the host's if that came first); it is Unstopped as the host stops.")]
    public static partial void WorkerUnstoppedAtShutdown(ILogger logger, string supervisor, long shutdownTimeoutMs);

    [LoggerMessage(EventId = 204, EventName = "UnknownWorkerInGiveUpBehaviors", Level = LogLevel.Warning,
        Message = "SupervisedWorkersOptions.GiveUpBehaviorByName names '{Supervisor}', but no supervised worker has that name, so the setting has no effect. Supervised workers: {KnownWorkers}.")]
    public static partial void UnknownWorkerInGiveUpBehaviors(ILogger logger, string supervisor, string knownWorkers);

    [LoggerMessage(EventId = 205, EventName = "SupervisedWorkersStarting", Level = LogLevel.Debug,
        Message = "Starting the supervised workers of {WorkerType}: {Supervisors}.")]
    public static partial void WorkersStarting(ILogger logger, string workerType, string supervisors);

    [LoggerMessage(EventId = 206, EventName = "GroupAutoShutdownStoppingHost", Level = LogLevel.Information,
        Message = "Group {Supervisor} ended by itself (auto-shutdown: its significant children are done); stopping the host, exit code unchanged.")]
    public static partial void GroupAutoShutdownStoppingHost(ILogger logger, string supervisor);

    [LoggerMessage(EventId = 207, EventName = "SupervisorSettingsFromConfiguration", Level = LogLevel.Information,
        Message = "Supervisor {Supervisor} runs with settings from configuration: {Settings} (without configuration: {CompiledSettings}).")]
    public static partial void SettingsFromConfiguration(ILogger logger, string supervisor, string settings, string compiledSettings);

    [LoggerMessage(EventId = 208, EventName = "UnknownWorkerInConfiguration", Level = LogLevel.Warning,
        Message = "Configuration section '{Section}' names '{Supervisor}', but no supervised worker has that name, so its settings have no effect. Supervised workers: {KnownWorkers}.")]
    public static partial void UnknownWorkerInConfiguration(ILogger logger, string section, string supervisor, string knownWorkers);

    [LoggerMessage(EventId = 209, EventName = "SupervisorConfigurationReloadRejected", Level = LogLevel.Error,
        Message = "Reloaded configuration left out, the worker keeps the settings it has: {Problem}")]
    public static partial void ConfigurationReloadRejected(ILogger logger, string problem);
}

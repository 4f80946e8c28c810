using System;
using Microsoft.Extensions.Logging;

namespace Supervise;

/// <summary>
/// The supervisor's log lines. Event IDs are stable: dashboards and alerts may key on them.
/// Every line names the supervisor as <c>{Supervisor}</c>.
/// </summary>
internal static partial class SupervisorLog
{
    [LoggerMessage(EventId = 1, EventName = "WorkerStarted", Level = LogLevel.Debug,
        Message = "Worker {Supervisor} started (attempt {Attempt}).")]
    public static partial void RunStarted(ILogger logger, string supervisor, int attempt);

    [LoggerMessage(EventId = 2, EventName = "WorkerCompleted", Level = LogLevel.Information,
        Message = "Worker {Supervisor} completed after {DurationMs} ms.")]
    public static partial void RunCompleted(ILogger logger, string supervisor, long durationMs);

    [LoggerMessage(EventId = 3, EventName = "WorkerFailed", Level = LogLevel.Warning,
        Message = "Worker {Supervisor} failed after {DurationMs} ms.")]
    public static partial void RunFailed(ILogger logger, string supervisor, long durationMs, Exception exception);

    [LoggerMessage(EventId = 4, EventName = "WorkerRestarting", Level = LogLevel.Information,
        Message = "Restarting worker {Supervisor} in {DelayMs} ms (attempt {Attempt}).")]
    public static partial void Restarting(ILogger logger, string supervisor, long delayMs, int attempt);

    [LoggerMessage(EventId = 5, EventName = "SupervisorGaveUp", Level = LogLevel.Error,
        Message = "Supervisor {Supervisor} gave up after {RestartCount} restarts ({Reason}).")]
    public static partial void GaveUp(ILogger logger, string supervisor, int restartCount, GiveUpReason reason, Exception? exception);

    [LoggerMessage(EventId = 6, EventName = "SupervisorStopped", Level = LogLevel.Information,
        Message = "Supervisor {Supervisor} stopped after {RestartCount} restarts.")]
    public static partial void Stopped(ILogger logger, string supervisor, int restartCount);

    [LoggerMessage(EventId = 7, EventName = "WorkerUnstopped", Level = LogLevel.Error,
        Message = "Worker {Supervisor} did not return after its stop token was cancelled (shutdown timeout {ShutdownTimeoutMs} ms, or the caller stopped waiting sooner); it is Unstopped: still running, never restarted, and the supervisor cannot start again until it returns.")]
    public static partial void WorkerUnstopped(ILogger logger, string supervisor, long shutdownTimeoutMs);

    [LoggerMessage(EventId = 8, EventName = "WorkerStoppedLate", Level = LogLevel.Warning,
        Message = "Unstopped worker {Supervisor} returned after its shutdown timeout had passed; the supervisor is Stopped.")]
    public static partial void WorkerStoppedLate(ILogger logger, string supervisor);

    [LoggerMessage(EventId = 9, EventName = "EventHandlerFailed", Level = LogLevel.Error,
        Message = "A handler of {Event} on supervisor {Supervisor} threw; supervision goes on.")]
    public static partial void EventHandlerFailed(ILogger logger, string supervisor, string @event, Exception exception);

    [LoggerMessage(EventId = 10, EventName = "CircuitOpened", Level = LogLevel.Warning,
        Message = "Circuit of worker {Supervisor} opened after {ConsecutiveFailures} consecutive failures; the next run is in {BreakMs} ms.")]
    public static partial void CircuitOpened(ILogger logger, string supervisor, int consecutiveFailures, long breakMs);

    [LoggerMessage(EventId = 11, EventName = "CircuitHalfOpen", Level = LogLevel.Information,
        Message = "Circuit of worker {Supervisor} is half-open: one trial run.")]
    public static partial void CircuitHalfOpen(ILogger logger, string supervisor);

    [LoggerMessage(EventId = 12, EventName = "CircuitClosed", Level = LogLevel.Information,
        Message = "Circuit of worker {Supervisor} closed.")]
    public static partial void CircuitClosed(ILogger logger, string supervisor);

    [LoggerMessage(EventId = 13, EventName = "WorkerHung", Level = LogLevel.Error,
        Message = "Worker {Supervisor} sent no heartbeat for {HeartbeatTimeoutMs} ms; its run is cancelled and counted as a failure.")]
    public static partial void WorkerHung(ILogger logger, string supervisor, long heartbeatTimeoutMs);

    [LoggerMessage(EventId = 14, EventName = "HungWorkerUnstopped", Level = LogLevel.Error,
        Message = "Hung worker {Supervisor} ignored its cancellation for {ShutdownTimeoutMs} ms; it is Unstopped, and no new run starts until it returns.")]
    public static partial void HungWorkerUnstopped(ILogger logger, string supervisor, long shutdownTimeoutMs);

    [LoggerMessage(EventId = 15, EventName = "StopCallbackFailed", Level = LogLevel.Error,
        Message = "A callback that worker {Supervisor} registered on its stop token threw; the stop goes on.")]
    public static partial void StopCallbackFailed(ILogger logger, string supervisor, Exception exception);

    [LoggerMessage(EventId = 16, EventName = "ObserverFailed", Level = LogLevel.Warning,
        Message = "A telemetry listener threw while supervisor {Supervisor} recorded {Record}; that record is lost, and supervision goes on.")]
    public static partial void ObserverFailed(ILogger logger, string supervisor, string record, Exception exception);

    [LoggerMessage(EventId = 17, EventName = "SettingsChanged", Level = LogLevel.Information,
        Message = "Supervisor {Supervisor} now runs by: {Policy} (was: {PreviousPolicy}).")]
    public static partial void SettingsChanged(ILogger logger, string supervisor, string policy, string previousPolicy);

    [LoggerMessage(EventId = 18, EventName = "LeaseAcquired", Level = LogLevel.Information,
        Message = "Worker {Supervisor} is the leader: it holds lease '{Lease}' with fencing token {FencingToken}, after waiting {WaitedMs} ms.")]
    public static partial void LeaseAcquired(ILogger logger, string supervisor, string lease, long fencingToken, long waitedMs);

    [LoggerMessage(EventId = 19, EventName = "WaitingForLease", Level = LogLevel.Information,
        Message = "Worker {Supervisor} is on standby: another replica holds lease '{Lease}'.")]
    public static partial void WaitingForLease(ILogger logger, string supervisor, string lease);

    [LoggerMessage(EventId = 20, EventName = "LeaseLost", Level = LogLevel.Warning,
        Message = "Worker {Supervisor} lost lease '{Lease}' (fencing token {FencingToken}); its run was cancelled, and it waits for the lease again.")]
    public static partial void LeaseLost(ILogger logger, string supervisor, string lease, long fencingToken);

    [LoggerMessage(EventId = 21, EventName = "LeaseStoreFailed", Level = LogLevel.Warning,
        Message = "Worker {Supervisor} could not ask the lease store for lease '{Lease}'; it asks again after the retry interval.")]
    public static partial void LeaseStoreFailed(ILogger logger, string supervisor, string lease, Exception exception);

    [LoggerMessage(EventId = 22, EventName = "LeaseLostWorkerUnstopped", Level = LogLevel.Error,
        Message = "Worker {Supervisor} ignored the cancellation of its run for {ShutdownTimeoutMs} ms after losing lease '{Lease}'; it is Unstopped, and no new run starts until it returns.")]
    public static partial void LeaseLostWorkerUnstopped(ILogger logger, string supervisor, string lease, long shutdownTimeoutMs);
}

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Supervise.Hosting;

/// <summary>The health check of one supervised worker: its state as a status, and what happened so far as data.</summary>
internal sealed class SupervisorHealthCheck : IHealthCheck
{
    private readonly SupervisedWorker _worker;

    public SupervisorHealthCheck(SupervisedWorker worker)
    {
        _worker = worker;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Check());

    internal HealthCheckResult Check()
    {
        var supervisor = _worker.Supervisor;
        var state = supervisor.State;
        var restartCount = supervisor.RestartCount;
        var lastFailure = supervisor.LastFailure;
        var nextRestartAt = state is SupervisorState.WaitingToRestart or SupervisorState.CircuitOpen ? supervisor.NextRestartAt : null;

        var data = new Dictionary<string, object>
        {
            [SupervisorHealthData.State] = state.ToString(),
            [SupervisorHealthData.RestartCount] = restartCount,
            [SupervisorHealthData.ConsecutiveFailures] = supervisor.ConsecutiveFailures,
            [SupervisorHealthData.Policy] = supervisor.Settings.ToString(),
        };
        if (_worker.StateSince is { } since)
        {
            data[SupervisorHealthData.StateSince] = since;
        }

        if (lastFailure is not null)
        {
            data[SupervisorHealthData.LastFailure] = lastFailure.Message;
            data[SupervisorHealthData.LastFailureType] = lastFailure.GetType().FullName ?? lastFailure.GetType().Name;
        }

        if (nextRestartAt is { } due)
        {
            data[SupervisorHealthData.NextRestartAt] = due;
        }

        var lease = supervisor.Settings.Singleton;
        var fencingToken = lease is null ? null : supervisor.FencingToken;
        if (lease is not null)
        {
            data[SupervisorHealthData.Lease] = lease;
            data[SupervisorHealthData.Role] = fencingToken is null ? SupervisorHealthData.StandbyRole : SupervisorHealthData.LeaderRole;
        }

        if (fencingToken is { } token)
        {
            data[SupervisorHealthData.FencingToken] = token;
        }

        var status = SupervisorHealthStatus.Of(state);
        var exception = status == HealthStatus.Healthy ? null : lastFailure;
        var description = state switch
        {
            SupervisorState.Running when fencingToken is { } held => $"Running as the leader of lease '{lease}' with fencing token {held} ({Restarts(restartCount)} so far).",
            SupervisorState.WaitingForLease => $"Standby: another replica holds lease '{lease}'; asking for it again every {supervisor.LeaseRetryInterval.TotalMilliseconds:0} ms.",
            _ => Describe(state, restartCount, nextRestartAt),
        };
        return new HealthCheckResult(status, description, exception, data);
    }

    private static string Describe(SupervisorState state, int restartCount, DateTimeOffset? nextRestartAt) => state switch
    {
        SupervisorState.NotStarted => "Not started.",
        SupervisorState.Running => $"Running ({Restarts(restartCount)} so far).",
        SupervisorState.WaitingToRestart when nextRestartAt is { } due => $"Waiting to restart at {due.UtcDateTime:O} ({Restarts(restartCount)} so far).",
        SupervisorState.WaitingToRestart => $"Waiting to restart ({Restarts(restartCount)} so far).",
        SupervisorState.CircuitOpen when nextRestartAt is { } due => $"Circuit open after repeated failures: restarts are paused until {due.UtcDateTime:O}.",
        SupervisorState.CircuitOpen => "Circuit open after repeated failures: restarts are paused.",
        SupervisorState.Stopping => "Stopping: waiting for the worker to return.",
        SupervisorState.Stopped => $"Stopped after {Restarts(restartCount)}.",
        SupervisorState.Faulted => $"Gave up on the worker after {Restarts(restartCount)}; it is not running.",
        SupervisorState.Unstopped => "Unstopped: its worker ignored a cancellation past the shutdown timeout and may still be running; no new run starts until it returns.",
        _ => state.ToString(),
    };

    private static string Restarts(int count) => count == 1 ? "1 restart" : $"{count} restarts";
}

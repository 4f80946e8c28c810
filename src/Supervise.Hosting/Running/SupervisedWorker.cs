using System;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Supervise.Hosting;

/// <summary>
/// One supervisor as the host sees it: configured and started by the host, watched for give-ups,
/// and observed for what its public members do not tell (since when it is in its state, when it restarts).
/// </summary>
internal sealed class SupervisedWorker
{
    private readonly object _gate = new();
    private readonly GiveUpEscalation _escalation;
    private DateTimeOffset? _stateSince;
    private DateTimeOffset? _restartDueAt;

    public SupervisedWorker(Supervisor supervisor, Type workerType, GiveUpEscalation escalation)
    {
        Supervisor = supervisor;
        WorkerType = workerType;
        _escalation = escalation;
        supervisor.StateChanged += OnStateChanged;
    }

    public Supervisor Supervisor { get; }

    /// <summary>The type registered with <c>AddSupervisedWorkers&lt;T&gt;()</c> that owns the supervisor.</summary>
    public Type WorkerType { get; }

    public string Name => Supervisor.Name;

    /// <summary>When the supervisor entered its current state, by its clock; null before its first change.</summary>
    public DateTimeOffset? StateSince
    {
        get
        {
            lock (_gate)
            {
                return _stateSince;
            }
        }
    }

    /// <summary>When the pending restart is due, while the supervisor is waiting to restart; otherwise null.</summary>
    public DateTimeOffset? NextRestartAt
    {
        get
        {
            lock (_gate)
            {
                return Supervisor.State == SupervisorState.WaitingToRestart ? _restartDueAt : null;
            }
        }
    }

    /// <summary>
    /// Gives the supervisor the host's logger and clock before it starts, without replacing a logger
    /// or clock set on it before (only the defaults are replaced).
    /// </summary>
    public void PrepareToRun(ILogger hostLogger, TimeProvider? hostTimeProvider)
    {
        if (hostTimeProvider is not null && ReferenceEquals(Supervisor.TimeProvider, TimeProvider.System))
        {
            Supervisor.TimeProvider = hostTimeProvider;
        }

        if (Supervisor.Logger is not RestartObservingLogger)
        {
            var logger = ReferenceEquals(Supervisor.Logger, NullLogger.Instance) ? hostLogger : Supervisor.Logger;
            Supervisor.Logger = new RestartObservingLogger(logger, OnRestartScheduled);
        }
    }

    private void OnRestartScheduled(TimeSpan delay)
    {
        var dueAt = Supervisor.TimeProvider.GetUtcNow() + delay;
        lock (_gate)
        {
            _restartDueAt = dueAt;
        }
    }

    private void OnStateChanged(object? sender, SupervisorStateChangedEventArgs change)
    {
        var now = Supervisor.TimeProvider.GetUtcNow();
        lock (_gate)
        {
            _stateSince = now;
        }

        if (change.State == SupervisorState.Faulted)
        {
            _escalation.OnGaveUp(this);
        }
    }
}

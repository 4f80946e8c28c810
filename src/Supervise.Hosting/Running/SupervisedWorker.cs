using System;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Supervise.Hosting;

/// <summary>
/// One supervisor as the host sees it: configured and started by the host, watched for give-ups,
/// and timed (since when it is in its state, which the supervisor does not record).
/// </summary>
internal sealed class SupervisedWorker
{
    private readonly object _gate = new();
    private readonly GiveUpEscalation _escalation;
    private DateTimeOffset? _stateSince;

    public SupervisedWorker(Supervisor supervisor, Type workerType, GiveUpEscalation escalation)
    {
        Supervisor = supervisor;
        WorkerType = workerType;
        _escalation = escalation;
        supervisor.StateChanged += OnStateChanged;
        supervisor.GaveUp += OnGaveUp;
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

    /// <summary>How many runs a hosted supervisor remembers for status pages, unless it was given its own capacity.</summary>
    public const int DefaultRunHistoryCapacity = 50;

    /// <summary>
    /// Gives the supervisor the host's logger and clock before it starts, and a run history for status
    /// pages, without replacing what was set on it before (only the defaults are replaced).
    /// </summary>
    public void PrepareToRun(ILogger hostLogger, TimeProvider? hostTimeProvider)
    {
        if (Supervisor.RunHistoryCapacity == 0)
        {
            Supervisor.RunHistoryCapacity = DefaultRunHistoryCapacity;
        }

        if (hostTimeProvider is not null && ReferenceEquals(Supervisor.TimeProvider, TimeProvider.System))
        {
            Supervisor.TimeProvider = hostTimeProvider;
        }

        if (ReferenceEquals(Supervisor.Logger, NullLogger.Instance))
        {
            Supervisor.Logger = hostLogger;
        }
    }

    private void OnStateChanged(object? sender, SupervisorStateChangedEventArgs change)
    {
        var now = Supervisor.TimeProvider.GetUtcNow();
        lock (_gate)
        {
            _stateSince = now;
        }
    }

    private void OnGaveUp(object? sender, SupervisorGaveUpEventArgs gaveUp) => _escalation.OnGaveUp(this, gaveUp.Exception);
}

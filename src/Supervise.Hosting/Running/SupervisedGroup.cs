using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Supervise.Hosting;

/// <summary>
/// A supervision group as the host sees it: started and stopped as one (never its children one by one),
/// its give-up escalated as a worker's is, and timed (since when it is in its state). Its children are
/// <see cref="SupervisedWorker"/>s for health and status only: the group starts and stops them.
/// </summary>
internal sealed class SupervisedGroup
{
    private readonly object _gate = new();
    private readonly GiveUpEscalation _escalation;
    private DateTimeOffset? _stateSince;
    private SupervisorGaveUpException? _lastGiveUp;

    // Set by the host before it stops the group, read on the group's thread when it ends: an end the host
    // did not ask for is an auto-shutdown.
    private int _stopRequested;

    public SupervisedGroup(SupervisorGroup group, Type workerType, IReadOnlyList<SupervisedWorker> children, GiveUpEscalation escalation)
    {
        Group = group;
        WorkerType = workerType;
        Children = children;
        _escalation = escalation;
        group.StateChanged += OnStateChanged;
        group.GaveUp += OnGaveUp;
    }

    public SupervisorGroup Group { get; }

    /// <summary>The type registered with <c>AddSupervisedWorkers&lt;T&gt;()</c> that owns the group.</summary>
    public Type WorkerType { get; }

    /// <summary>The group's children, in start order.</summary>
    public IReadOnlyList<SupervisedWorker> Children { get; }

    public string Name => Group.Name;

    /// <summary>When the group entered its current state, by its clock; null before its first change.</summary>
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

    /// <summary>Why the group last gave up; null if it has not.</summary>
    public SupervisorGaveUpException? LastGiveUp
    {
        get
        {
            lock (_gate)
            {
                return _lastGiveUp;
            }
        }
    }

    /// <summary>
    /// Gives the group the host's logger and clock (the clock reaches every child through the group), and
    /// each child the host's logger and a run history, replacing only what was left at its default.
    /// </summary>
    public void PrepareToRun(ILogger hostLogger, TimeProvider? hostTimeProvider)
    {
        if (hostTimeProvider is not null && ReferenceEquals(Group.TimeProvider, TimeProvider.System))
        {
            Group.TimeProvider = hostTimeProvider;
        }

        if (ReferenceEquals(Group.Logger, NullLogger.Instance))
        {
            Group.Logger = hostLogger;
        }

        foreach (var child in Children)
        {
            child.PrepareToRun(hostLogger, hostTimeProvider);
        }
    }

    /// <summary>Starts the group in the background; it starts its children in order.</summary>
    public void Start()
    {
        Volatile.Write(ref _stopRequested, 0);
        Group.Start();
    }

    /// <summary>Stops the group, which stops its children in reverse order.</summary>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        Volatile.Write(ref _stopRequested, 1);
        return Group.StopAsync(cancellationToken);
    }

    private void OnStateChanged(object? sender, SupervisorStateChangedEventArgs change)
    {
        var now = Group.TimeProvider.GetUtcNow();
        lock (_gate)
        {
            _stateSince = now;
        }

        if (change.State == SupervisorState.Stopped && Volatile.Read(ref _stopRequested) == 0)
        {
            _escalation.OnAutoShutdown(Name);
        }
    }

    private void OnGaveUp(object? sender, SupervisorGaveUpEventArgs gaveUp)
    {
        lock (_gate)
        {
            _lastGiveUp = gaveUp.Exception;
        }

        _escalation.OnGaveUp(Name, gaveUp.Exception);
    }
}

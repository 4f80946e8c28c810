using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace Supervise.Hosting;

/// <summary>
/// One keyed worker set as the host sees it: its children get the host's logger and clock as they are
/// created, and each child is watched like any hosted supervisor (since when in its state, give-ups).
/// </summary>
internal sealed class SupervisedWorkerSet
{
    // Keyed by the child itself, so a child removed from the set takes its watcher with it.
    private readonly ConditionalWeakTable<Supervisor, SupervisedWorker> _watched = new();
    private readonly GiveUpEscalation _escalation;
    private bool _prepared;

    public SupervisedWorkerSet(ISupervisorSet set, Type workerType, GiveUpEscalation escalation)
    {
        Set = set;
        WorkerType = workerType;
        _escalation = escalation;
    }

    public ISupervisorSet Set { get; }

    /// <summary>The type registered with <c>AddSupervisedWorkers&lt;T&gt;()</c> that owns the set.</summary>
    public Type WorkerType { get; }

    /// <summary>The set's worker name: what its health entry and status row are called.</summary>
    public string Name => Set.WorkerName;

    /// <summary>The children, in start order, each with its watcher.</summary>
    public IReadOnlyList<SupervisedWorker> Children
    {
        get
        {
            var children = Set.Children;
            var watched = new SupervisedWorker[children.Count];
            for (var i = 0; i < children.Count; i++)
            {
                watched[i] = Watch(children[i]);
            }

            return watched;
        }
    }

    /// <summary>
    /// From now on, every child the set creates is watched and gets the host's logger and clock before it
    /// starts (as <see cref="SupervisedWorker.PrepareToRun"/> does for a plain worker); idle children that
    /// exist already get them at once, and children already running are watched from now on.
    /// </summary>
    public void PrepareToRun(ILogger hostLogger, TimeProvider? hostTimeProvider)
    {
        lock (_watched)
        {
            if (_prepared)
            {
                return;
            }

            _prepared = true;
        }

        Set.ConfigureChildren(child => Watch(child).PrepareToRun(hostLogger, hostTimeProvider));
        foreach (var child in Set.Children)
        {
            Watch(child);
        }
    }

    /// <summary>The watcher of a child, made once however many threads ask at the same time.</summary>
    public SupervisedWorker Watch(Supervisor child)
    {
        // Under the lock: a watcher subscribes to its child's events, so a second one would escalate twice.
        lock (_watched)
        {
            if (!_watched.TryGetValue(child, out var watcher))
            {
                watcher = new SupervisedWorker(child, WorkerType, _escalation);
                _watched.Add(child, watcher);
            }

            return watcher;
        }
    }
}

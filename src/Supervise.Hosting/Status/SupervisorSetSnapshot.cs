using System;
using System.Collections.Generic;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Supervise.Hosting;

/// <summary>
/// Reads a keyed worker set as one status row: its children under it, one per key in start order, and
/// the row's own values rolled up from theirs, so a page that shows only top-level rows still tells the truth.
/// </summary>
internal static class SupervisorSetSnapshot
{
    /// <summary>
    /// The row of <paramref name="set"/>: state of the least healthy child (the first such, in start order),
    /// or <see cref="SupervisorState.Stopped"/> with no children; restarts summed; the longest failure streak;
    /// the latest failure; the earliest next restart; an open circuit if any child's is; the children's policy.
    /// </summary>
    public static SupervisorSnapshot Read(SupervisedWorkerSet set)
    {
        var watched = set.Children;
        var children = new SupervisorSnapshot[watched.Count];
        for (var i = 0; i < watched.Count; i++)
        {
            children[i] = SupervisorSnapshot.Read(watched[i].Supervisor, watched[i].WorkerType, watched[i].StateSince, Array.Empty<SupervisorSnapshot>());
        }

        var state = SupervisorState.Stopped;
        var health = HealthStatus.Healthy;
        var restarts = 0;
        var streak = 0;
        SupervisorFailureSnapshot? lastFailure = null;
        DateTimeOffset? nextRestart = null;
        var circuit = CircuitState.Closed;
        foreach (var child in children)
        {
            var childHealth = SupervisorHealthStatus.Of(child.State);
            if (child == children[0] || childHealth < health)
            {
                state = child.State;
                health = childHealth;
            }

            restarts += child.RestartCount;
            streak = Math.Max(streak, child.ConsecutiveFailures);
            if (child.LastFailure is { } failure && (lastFailure is null || failure.At > lastFailure.At))
            {
                lastFailure = failure;
            }

            if (child.NextRestartAt is { } due && (nextRestart is null || due < nextRestart))
            {
                nextRestart = due;
            }

            if (child.Circuit != CircuitState.Closed)
            {
                circuit = child.Circuit;
            }
        }

        var policy = children.Length == 0 ? string.Empty : children[0].Policy;
        return new SupervisorSnapshot(set.Name, set.WorkerType.FullName ?? set.WorkerType.Name, state, restarts, streak, lastFailure, nextRestart, circuit, policy, children);
    }
}

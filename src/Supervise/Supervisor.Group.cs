using System;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;

namespace Supervise;

// A child of a SupervisorGroup: the group starts and stops its sessions, owns its gate, and, unless the
// strategy is OneForOne, decides its restarts (the child still gives the delay, by its own policy).
public abstract partial class Supervisor
{
    private GroupMember? _membership;
    private bool _startingForGroup;

    /// <summary>The group this supervisor is a child of, or null.</summary>
    public SupervisorGroup? Group => _membership?.Group;

    /// <summary>Called by the generated loop of a group's child as soon as its worker has been called: the group may start the next child.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void OnRunInvoked()
    {
        if (_session!.Gate is GroupGate gate)
        {
            gate.RunInvoked();
        }
    }

    /// <summary>The session whose loop runs, or ran last.</summary>
    internal SupervisorSession? CurrentSession => Volatile.Read(ref _session);

    internal void JoinGroup(GroupMember member)
    {
        _lifecycle.WhileIdle(() =>
        {
            if (_membership is not null)
            {
                throw new ArgumentException($"Supervisor '{Name}' is a child of group '{_membership.Group.Name}' already.");
            }

            _membership = member;

            // Every restart of a group's child goes through the group, so none takes the fast path.
            SetSlowPathFromAnyThread(SlowPath.Schedule, true);
        });
    }

    /// <summary>Starts a session for the child's group, in the background, behind its closed gate.</summary>
    internal SupervisorSession StartForGroup()
    {
        SupervisorSession session;
        lock (_membership!)
        {
            _startingForGroup = true;
            try
            {
                session = BeginSession(runsInBackground: true, CancellationToken.None);
            }
            finally
            {
                _startingForGroup = false;
            }
        }

        _ = Task.Run(() => SuperviseSessionAsync(session));
        return session;
    }

    internal Task StopForGroupAsync(CancellationToken cancellationToken) => _lifecycle.StopAsync(cancellationToken);

    /// <summary>The group waits to start the child again (its strategy stopped it, or its restart delay runs).</summary>
    internal void EnterGroupWait(SupervisorState state)
    {
        if (CurrentSession is { } session)
        {
            _lifecycle.TryEnterLoopState(session, state);
        }
    }

    private void RefuseIfGrouped(string action)
    {
        if (_membership is { } member && !_startingForGroup)
        {
            throw new InvalidOperationException($"Supervisor '{Name}' is a child of group '{member.Group.Name}': {action} the group instead.");
        }
    }

    /// <summary>A restart of a group's child: OneForOne counts it against the group and then restarts by the child's own policy; the other strategies leave the restart to the group.</summary>
    private async ValueTask<bool> RestartInGroupAsync(GroupMember member, SupervisorSettings settings, CancellationToken stoppingToken)
    {
        var ledger = _ledger;
        if (member.Group.Settings.Strategy == SupervisionStrategy.OneForOne)
        {
            return await member.RequestRestartAsync(TimeSpan.Zero, SupervisorState.WaitingToRestart, stoppingToken).ConfigureAwait(false)
                && await RestartByOwnPolicyAsync(settings, stoppingToken).ConfigureAwait(false);
        }

        CircuitBreaker? opening = null;
        if (ledger.LastRunFailed && settings.HasCircuitBreaker
            && _session!.CircuitFor(this) is var circuit && circuit.ShouldOpen(ledger.ConsecutiveFailures, settings.CircuitBreakerThreshold))
        {
            opening = circuit;
            circuit.Open();
            SetSlowPath(SlowPath.Circuit, true);
            SupervisorLog.CircuitOpened(_instrumentation.Log, Name, ledger.ConsecutiveFailures, settings.CircuitBreakerDurationMs);
        }

        var delay = opening is not null ? settings.CircuitBreakerDuration : Schedule.NextDelay(settings, ledger.ConsecutiveFailures, Random);
        AnnounceRestart(delay);
        if (!await member.RequestRestartAsync(delay, opening is not null ? SupervisorState.CircuitOpen : SupervisorState.WaitingToRestart, stoppingToken).ConfigureAwait(false))
        {
            return false;
        }

        if (opening is not null)
        {
            opening.HalfOpen();
            SupervisorLog.CircuitHalfOpen(_instrumentation.Log, Name);
        }

        return CompleteRestart(stoppingToken);
    }
}

using System;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using Supervise.Leases;

namespace Supervise;

// Singleton workers (SupervisedAttribute.Singleton): a run needs the worker's lease, held through the
// session's LeaseGate. The generated loop of such a worker enters the gate before each run.
public abstract partial class Supervisor
{
    /// <summary>The default of <see cref="LeaseRetryInterval"/>.</summary>
    public static readonly TimeSpan DefaultLeaseRetryInterval = TimeSpan.FromMilliseconds(500);

    private ILeaseStore? _leaseStore;
    private TimeSpan _leaseRetryInterval = DefaultLeaseRetryInterval;
    private bool _restartAfterGate;

    /// <summary>
    /// Where a singleton worker (<see cref="SupervisedAttribute.Singleton"/>) takes its lease: a store
    /// shared by every replica (the host sets the one registered with <c>AddSuperviseLeases()</c>).
    /// Unused by other workers. Cannot be changed while the supervisor runs.
    /// </summary>
    /// <exception cref="InvalidOperationException">The supervisor is running.</exception>
    public ILeaseStore? LeaseStore
    {
        get => _leaseStore;
        set => _lifecycle.WhileIdle(() => _leaseStore = value);
    }

    /// <summary>
    /// How long a singleton worker without its lease waits before asking for it again; 500 ms by default.
    /// Cannot be changed while the supervisor runs.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The interval is not positive.</exception>
    /// <exception cref="InvalidOperationException">The supervisor is running.</exception>
    public TimeSpan LeaseRetryInterval
    {
        get => _leaseRetryInterval;
        set
        {
            if (value <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The lease retry interval must be more than zero.");
            }

            _lifecycle.WhileIdle(() => _leaseRetryInterval = value);
        }
    }

    /// <summary>
    /// For a singleton worker (<see cref="SupervisedAttribute.Singleton"/>), the fencing token of the lease
    /// it holds now: the leader's token, the same its run sees as <see cref="SupervisionContext.FencingToken"/>.
    /// Null while it holds no lease (on standby, stopped, or between a lost lease and the next), and always
    /// for other workers. Safe to read from any thread.
    /// </summary>
    public long? FencingToken => CurrentSession?.Gate is LeaseGate gate ? gate.HeldFencingToken : null;

    /// <summary>
    /// Whether this singleton worker is the leader now: it holds its lease, not lost (<see cref="FencingToken"/>
    /// has a value). Always <see langword="false"/> for other workers.
    /// </summary>
    public bool IsLeader => FencingToken.HasValue;

    /// <summary>
    /// Called by the generated loop of a singleton worker before each run: waits for the lease (state
    /// <see cref="SupervisorState.WaitingForLease"/> while another replica holds it).
    /// </summary>
    /// <param name="stoppingToken">The supervisor's stop token.</param>
    /// <returns><see langword="true"/> to run, with <see cref="RunGateToken"/> as the run's token; <see langword="false"/> if supervision is stopping.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected async ValueTask<bool> EnterRunGateAsync(CancellationToken stoppingToken)
    {
        if (!await _session!.Gate!.EnterAsync(stoppingToken).ConfigureAwait(false))
        {
            return false;
        }

        if (_restartAfterGate)
        {
            // The run the gate took away is followed by this one: a restart, outside the restart policy.
            _restartAfterGate = false;
            _ledger.CountRestart();
            _instrumentation.RecordRestart();
        }

        return true;
    }

    /// <summary>Called by the generated loop of a singleton worker: the token of the run the gate let in, cancelled by a stop or when the lease is lost.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected CancellationToken RunGateToken => _session!.Gate!.RunToken;

    /// <summary>
    /// Called by the generated loop of a singleton worker after each run: whether the lease was lost
    /// under it. Such a run ends as a stop, not a failure; the loop then waits for the lease again.
    /// </summary>
    /// <param name="stoppingToken">The supervisor's stop token.</param>
    /// <returns><see langword="true"/> if the run was taken away: the loop goes back to the gate.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected async ValueTask<bool> RunTakenAwayByGateAsync(CancellationToken stoppingToken)
    {
        var gate = _session!.Gate!;
        gate.RunEnded();
        if (!gate.TookRunAway(stoppingToken))
        {
            return false;
        }

        var startedAt = _ledger.TakeOpenRun();
        if (startedAt != RunLedger.NoRun)
        {
            var duration = _clock.Elapsed(startedAt);
            _instrumentation.RecordRunEnd(duration, "stopped", failure: null);
            _history?.Add(new RunRecord(_timeProvider.GetUtcNow() - duration, duration, RunOutcome.Stopped, failureType: null));
        }

        // A run that ignored the loss for the shutdown timeout made the supervisor Unstopped; it has returned now.
        if (State == SupervisorState.Unstopped)
        {
            LeaveRunUnstopped(_session);
        }

        _restartAfterGate = true;
        await gate.RunTakenAwayAsync().ConfigureAwait(false);
        return true;
    }

    internal bool EnterLoopState(SupervisorSession session, SupervisorState state) => _lifecycle.TryEnterLoopState(session, state);

    /// <summary>A run the supervisor took away (hung, or its lease lost) ignored that for the shutdown timeout: Unstopped until it returns.</summary>
    internal bool EnterRunUnstopped(SupervisorSession session)
    {
        var entered = _lifecycle.EnterHungUnstopped(session);
        DeliverEvents();
        return entered;
    }

    internal void LeaveRunUnstopped(SupervisorSession session)
    {
        _lifecycle.LeaveHungUnstopped(session);
        DeliverEvents();
    }

    /// <summary>The gate a session of this supervisor needs, made when it begins.</summary>
    private RunGate? CreateGate(SupervisorSession session, SupervisorSettings settings)
    {
        if (_membership is { } member)
        {
            return member.Gate = new GroupGate(this);
        }

        if (settings.Singleton is not { } lease)
        {
            return null;
        }

        return new LeaseGate(this, session, RequireLeaseStore(lease), lease, _leaseRetryInterval);
    }

    private ILeaseStore RequireLeaseStore(string lease) => _leaseStore ?? throw new InvalidOperationException(
        $"Supervisor '{Name}' is a singleton (lease '{lease}') and needs a lease store: in a host, add one with " +
        "services.AddSuperviseLeases().UsePostgres(connectionString) (or UseRedis, or UseInMemory for one machine); " +
        "outside a host, set the supervisor's LeaseStore.");
}

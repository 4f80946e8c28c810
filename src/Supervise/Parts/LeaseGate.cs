using System;
using System.Threading;
using System.Threading.Tasks;
using Supervise.Leases;

namespace Supervise;

/// <summary>
/// The gate of a singleton worker: a run needs the named lease. Without it the supervisor waits
/// (<see cref="SupervisorState.WaitingForLease"/>) and asks again on an interval; with it, the run's
/// token is cancelled the moment the lease is lost, and a run that ignores that for the shutdown
/// timeout leaves the supervisor Unstopped until it returns.
/// </summary>
/// <remarks>
/// Concurrency: the loop enters, leaves and releases; the lease's loss callback (any thread) only
/// cancels the run's token and arms the deadline, guarded by <c>_gate</c>.
/// </remarks>
internal sealed class LeaseGate : RunGate
{
    private readonly Supervisor _owner;
    private readonly SupervisorSession _session;
    private readonly ILeaseStore _store;
    private readonly string _leaseName;
    private readonly TimeSpan _retryInterval;
    private readonly object _gate = new();
    // Written by the loop only; published with Volatile for HeldFencingToken's readers.
    private ILease? _lease;
    private CancellationTokenSource? _runSource;
    private CancellationTokenRegistration _lossRegistration;
    private ITimer? _deadline;

    public LeaseGate(Supervisor owner, SupervisorSession session, ILeaseStore store, string leaseName, TimeSpan retryInterval)
    {
        _owner = owner;
        _session = session;
        _store = store;
        _leaseName = leaseName;
        _retryInterval = retryInterval;
    }

    public override CancellationToken RunToken => _runSource?.Token ?? CancellationToken.None;

    public override long FencingToken => _lease?.FencingToken ?? 0;

    /// <summary>The fencing token of the lease held now, not lost; null without one. Read from any thread (health, status).</summary>
    public long? HeldFencingToken => Volatile.Read(ref _lease) is { } lease && !lease.Lost.IsCancellationRequested ? lease.FencingToken : null;

    public override async ValueTask<bool> EnterAsync(CancellationToken stoppingToken)
    {
        if (_lease is { } held && !held.Lost.IsCancellationRequested)
        {
            OpenRun(stoppingToken, held);
            return true;
        }

        await LetGoAsync().ConfigureAwait(false);
        var waitingSince = _owner.Clock.Now();
        var standingBy = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            ILease? lease = null;
            try
            {
                lease = await _store.TryAcquireAsync(_leaseName, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return false;
            }
            catch (Exception storeFailed)
            {
                SupervisorLog.LeaseStoreFailed(_owner.Instrumentation.Log, _owner.Name, _leaseName, storeFailed);
            }

            if (lease is not null)
            {
                Volatile.Write(ref _lease, lease);
                var waited = _owner.Clock.Elapsed(waitingSince);
                SupervisorLog.LeaseAcquired(_owner.Instrumentation.Log, _owner.Name, _leaseName, lease.FencingToken, (long)waited.TotalMilliseconds);
                _owner.Instrumentation.RecordLeaseAcquired(_leaseName, waited);
                if (_owner.State != SupervisorState.Running && !_owner.EnterLoopState(_session, SupervisorState.Running))
                {
                    return false;
                }

                OpenRun(stoppingToken, lease);
                return true;
            }

            // The retry is armed before the state says the supervisor waits: whoever sees WaitingForLease
            // (a test moving a fake clock) finds the next attempt already scheduled.
            var retry = TimeProviderDelay.Delay(_owner.TimeProvider, _retryInterval, stoppingToken);
            if (!standingBy)
            {
                standingBy = true;
                SupervisorLog.WaitingForLease(_owner.Instrumentation.Log, _owner.Name, _leaseName);
                _owner.EnterLoopState(_session, SupervisorState.WaitingForLease);
            }

            try
            {
                await retry.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return false;
            }
        }

        return false;
    }

    public override bool TookRunAway(CancellationToken stoppingToken) =>
        !stoppingToken.IsCancellationRequested && _lease is { } lease && lease.Lost.IsCancellationRequested;

    public override async ValueTask RunTakenAwayAsync()
    {
        SupervisorLog.LeaseLost(_owner.Instrumentation.Log, _owner.Name, _leaseName, FencingToken);
        _owner.Instrumentation.RecordLeaseLost(_leaseName);
        await LetGoAsync().ConfigureAwait(false);
    }

    public override ValueTask ReleaseAsync() => LetGoAsync();

    private void OpenRun(CancellationToken stoppingToken, ILease lease)
    {
        _runSource?.Dispose();

        // Linked to the stop only: the loss is passed on by OnLost, so the worker's callbacks never throw into the store.
        var runSource = _runSource = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        _lossRegistration.Dispose();
        _lossRegistration = lease.Lost.Register(static state => ((LeaseGate)state!).OnLost(), this);
        if (lease.Lost.IsCancellationRequested)
        {
            runSource.Cancel();
        }
    }

    /// <summary>The lease is gone: cancel the run at once, and arm the deadline for a run that ignores it.</summary>
    private void OnLost()
    {
        CancellationTokenSource? runSource;
        lock (_gate)
        {
            runSource = _runSource;
            if (_session.Ledger.RunStartedAt != RunLedger.NoRun)
            {
                _deadline?.Dispose();
                _deadline = _owner.TimeProvider.CreateTimer(static state => ((LeaseGate)state!).OnDeadline(), this, _owner.Settings.ShutdownTimeout, Timeout.InfiniteTimeSpan);
            }
        }

        try
        {
            runSource?.Cancel();
        }
        catch (AggregateException callbacksFailed)
        {
            SupervisorLog.StopCallbackFailed(_owner.Instrumentation.Log, _owner.Name, callbacksFailed);
        }
        catch (ObjectDisposedException)
        {
            // The run ended, and the gate let go of it, as the lease was lost.
        }
    }

    private void OnDeadline()
    {
        if (_session.Ledger.RunStartedAt != RunLedger.NoRun && _owner.EnterRunUnstopped(_session))
        {
            SupervisorLog.LeaseLostWorkerUnstopped(_owner.Instrumentation.Log, _owner.Name, _leaseName, (long)_owner.Settings.ShutdownTimeout.TotalMilliseconds);
        }
    }

    /// <summary>Releases the lease (another replica may take it at once) and what watched it.</summary>
    private async ValueTask LetGoAsync()
    {
        _lossRegistration.Dispose();
        _lossRegistration = default;
        lock (_gate)
        {
            _deadline?.Dispose();
            _deadline = null;
        }

        lock (_gate)
        {
            _runSource?.Dispose();
            _runSource = null;
        }

        var lease = _lease;
        Volatile.Write(ref _lease, null);
        if (lease is not null)
        {
            await lease.DisposeAsync().ConfigureAwait(false);
        }
    }
}

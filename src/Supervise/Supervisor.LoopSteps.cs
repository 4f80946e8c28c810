using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Supervise;

// The steps the generated loop calls around each run. The loop owns the control flow (specialised by
// the attribute's shape); these steps own the bookkeeping, each on the part that owns its state.
public abstract partial class Supervisor
{
    // The session whose loop runs (or ran last) and its parts. Set when a session begins, under the
    // lifecycle lock and while no loop runs; read by the loop and, through the getters, by any thread.
    private SupervisorSession? _session;
    private RunLedger _ledger;

    // The context of the run going on, for a worker that takes one: written and read by the loop only.
    private SupervisionContext? _runContext;
    private RestartSchedule _schedule;

    /// <summary>The session's restart schedule, made for the first restart decision; read by the loop only.</summary>
    private RestartSchedule Schedule => ReferenceEquals(_schedule, RestartSchedule.None) ? _schedule = _session!.ScheduleForRestarts() : _schedule;

    // Why the steps cannot take their fast path (SlowPath bits). Logs and History change only while
    // idle; SettingsPending from any thread; the other bits are the loop's. Every change is atomic.
    private int _slowPath;

    /// <summary>Called by the generated loop as a run of the worker begins.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected void OnRunStarting()
    {
        var startedAt = _clock.Now();
        _ledger.RunStarting(startedAt);

        // Most runs start in a loop that nobody watches: they stop at these two tests.
        if ((_slowPath & SlowPath.NoticesRuns) != 0 || SupervisorTelemetry.ActivitySource.HasListeners())
        {
            BeginNoticedRun(startedAt);
        }
    }

    /// <summary>
    /// Called by the generated loop for a worker that takes a <see cref="SupervisionContext"/>: a new
    /// context for the run that starts.
    /// </summary>
    /// <param name="runToken">The token the run receives.</param>
    /// <returns>The context to pass to the worker.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected SupervisionContext ContextForRun(CancellationToken runToken)
    {
        var context = new SupervisionContext(Name, runToken, _ledger.RestartCount, _session!.Gate?.FencingToken ?? 0, _clock);
        _session.Watchdog?.Attach(context);
        _runContext = context;
        return context;
    }

    /// <summary>
    /// Called by the generated loop, for a worker that can send heartbeats, as a run begins: with a
    /// heartbeat timeout set, the run gets a token of its own that the watchdog can cancel.
    /// </summary>
    /// <param name="stoppingToken">The supervisor's stop token.</param>
    /// <returns>The token to give the run.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected CancellationToken StartWatchedRun(CancellationToken stoppingToken)
    {
        var settings = _settings;
        if (settings.HeartbeatTimeoutMs <= 0)
        {
            return stoppingToken;
        }

        return _session!.WatchdogFor(this).StartRun(_timeProvider, stoppingToken, settings.HeartbeatTimeout, settings.ShutdownTimeout, _ledger.RunStartedAt);
    }

    /// <summary>Called by the generated loop after a watched run: a hung run's outcome becomes a <see cref="WorkerHungException"/>.</summary>
    /// <param name="failure">What the run threw, if anything.</param>
    /// <returns>The failure to record, or null if the run completed normally.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected Exception? EndWatchedRun(Exception? failure) => _session!.Watchdog is { } watchdog ? watchdog.EndRun(failure) : failure;

    /// <summary>Called by the generated loop when a run of the worker returned.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected void OnRunCompleted()
    {
        var ledger = _ledger;
        var startedAt = ledger.Completed();
        if (ledger.ConsecutiveFailures != 0 || (_slowPath & SlowPath.NoticesRuns) != 0 || SupervisorTelemetry.RunDuration.Enabled)
        {
            EndNoticedCompletion(startedAt);
        }
    }

    /// <summary>Called by the generated loop when a run of the worker threw.</summary>
    /// <param name="failure">What the worker threw.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void OnRunFailed(Exception failure)
    {
        var ledger = _ledger;
        var startedAt = ledger.RunStartedAt;
        var duration = startedAt == RunLedger.NoRun ? TimeSpan.Zero : _clock.Elapsed(startedAt);

        // A failure after a stable run, or after a run that reported progress, starts the count (and so the backoff) again.
        var failedAt = _timeProvider.GetUtcNow();
        var madeProgress = _runContext is { MadeProgress: true };
        ledger.Failed(failure, afterStableRun: madeProgress || duration >= _settings.ResetAfter, failedAt);
        EndCircuitRun(completed: false);
        _instrumentation.RecordRunEnd(duration, "failed", failure);
        _history?.Add(new RunRecord(failedAt - duration, duration, RunOutcome.Failed, failure.GetType().FullName));
        if ((_slowPath & SlowPath.Logs) != 0)
        {
            SupervisorLog.RunFailed(_instrumentation.Log, Name, (long)duration.TotalMilliseconds, failure);
        }
    }

    /// <summary>
    /// Called by the generated loop of an <see cref="RestartPolicy.Immediate"/> worker with no limit
    /// and no circuit breaker: counts the restart and returns <see langword="true"/> when nothing else
    /// needs doing (nobody logs, listens or handles <see cref="Restarting"/>); otherwise the loop calls
    /// <see cref="RestartAsync"/>.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected bool TryRestartAtOnce()
    {
        if (_slowPath == 0 && Restarting is null && !SupervisorTelemetry.Restarts.Enabled)
        {
            _ledger.CountRestart();
            return true;
        }

        return false;
    }

    /// <summary>
    /// Called by the generated loop after a run that its restart mode restarts: decides and waits for
    /// the restart by the settings (restart limit, circuit breaker, delay), then counts it. A stop
    /// during the wait ends it at once.
    /// </summary>
    /// <param name="stoppingToken">The supervisor's stop token.</param>
    /// <returns><see langword="true"/> to run the worker again, <see langword="false"/> if supervision is stopping.</returns>
    /// <exception cref="SupervisorGaveUpException">The restart limit is exceeded.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected ValueTask<bool> RestartAsync(CancellationToken stoppingToken)
    {
        if (stoppingToken.IsCancellationRequested)
        {
            return new ValueTask<bool>(false);
        }

        if ((_slowPath & SlowPath.SettingsPending) != 0 && ApplyPendingSettings() is { } change)
        {
            LogChange(change.Previous, change.Current);
        }

        var settings = _settings;
        var ledger = _ledger;
        if (settings.HasRestartLimit && !Schedule.TryRecordRestart(settings, _clock.Now(), _clock.Frequency))
        {
            throw GiveUp(GiveUpReason.RestartLimitExceeded);
        }

        if (_membership is { } member)
        {
            return RestartInGroupAsync(member, settings, stoppingToken);
        }

        return RestartByOwnPolicyAsync(settings, stoppingToken);
    }

    /// <summary>Called by the generated loop to give up; the loop throws what this returns.</summary>
    /// <param name="reason">Why the supervisor gives up.</param>
    /// <returns>The exception that ends supervision as <see cref="SupervisorState.Faulted"/>.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected SupervisorGaveUpException GiveUp(GiveUpReason reason) => new(Name, reason, RestartCount, LastFailure);

    /// <summary>Called by the generated loop when a worker returned a null task instead of a task to await.</summary>
    /// <returns>The failure to record for that run.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected Exception WorkerReturnedNullTask() => new InvalidOperationException($"The worker of supervisor '{Name}' returned a null Task.");

    /// <summary>The restart by the supervisor's own policy: a circuit that opens, or a delay.</summary>
    private ValueTask<bool> RestartByOwnPolicyAsync(SupervisorSettings settings, CancellationToken stoppingToken)
    {
        var ledger = _ledger;
        if (ledger.LastRunFailed && settings.HasCircuitBreaker
            && _session!.CircuitFor(this) is var circuit && circuit.ShouldOpen(ledger.ConsecutiveFailures, settings.CircuitBreakerThreshold))
        {
            return new ValueTask<bool>(OpenCircuitAsync(circuit, settings, stoppingToken));
        }

        var delay = Schedule.NextDelay(settings, ledger.ConsecutiveFailures, Random);
        AnnounceRestart(delay);
        return delay > TimeSpan.Zero
            ? new ValueTask<bool>(WaitThenRestartAsync(delay, stoppingToken))
            : new ValueTask<bool>(CompleteRestart(stoppingToken));
    }

    private static bool NeedsSchedule(SupervisorSettings settings) =>
        settings.Policy != RestartPolicy.Immediate || settings.HasRestartLimit || settings.HasCircuitBreaker;

    private bool NeedsScheduleHere(SupervisorSettings settings) => NeedsSchedule(settings) || _membership is not null;

    /// <summary>The rest of <see cref="OnRunStarting"/>, for a run that someone watches or that the circuit breaker times.</summary>
    private void BeginNoticedRun(long startedAt)
    {
        if (_session!.Circuit is { } circuit)
        {
            circuit.RunStarting(_timeProvider, startedAt, _settings.ResetAfter);
            SetSlowPath(SlowPath.Circuit, circuit.IsActive);
        }

        var attempt = _ledger.RestartCount + 1;
        if ((_slowPath & SlowPath.Logs) != 0)
        {
            SupervisorLog.RunStarted(_instrumentation.Log, Name, attempt);
        }

        _instrumentation.TraceRunStart(attempt);
        SetSlowPath(SlowPath.Traced, _instrumentation.TracesRun);
    }

    /// <summary>The rest of <see cref="OnRunCompleted"/>, for a completion that changes counts or that someone watches.</summary>
    private void EndNoticedCompletion(long startedAt)
    {
        _ledger.EndFailureStreak();
        EndCircuitRun(completed: true);
        var duration = startedAt == RunLedger.NoRun ? TimeSpan.Zero : _clock.Elapsed(startedAt);
        _instrumentation.RecordRunEnd(duration, "completed", failure: null);
        _history?.Add(new RunRecord(_timeProvider.GetUtcNow() - duration, duration, RunOutcome.Completed, failureType: null));
        SetSlowPath(SlowPath.Traced, false);
        if ((_slowPath & SlowPath.Logs) != 0)
        {
            SupervisorLog.RunCompleted(_instrumentation.Log, Name, (long)duration.TotalMilliseconds);
        }
    }

    private void EndCircuitRun(bool completed)
    {
        if (_session!.Circuit is { } circuit)
        {
            circuit.RunEnded(completed);
            SetSlowPath(SlowPath.Circuit, circuit.IsActive);
        }

        SetSlowPath(SlowPath.Traced, false);
    }

    private async Task<bool> OpenCircuitAsync(CircuitBreaker circuit, SupervisorSettings settings, CancellationToken stoppingToken)
    {
        circuit.Open();
        SetSlowPath(SlowPath.Circuit, true);
        SupervisorLog.CircuitOpened(_instrumentation.Log, Name, _ledger.ConsecutiveFailures, settings.CircuitBreakerDurationMs);
        AnnounceRestart(settings.CircuitBreakerDuration);
        if (!await WaitAsync(settings.CircuitBreakerDuration, SupervisorState.CircuitOpen, stoppingToken).ConfigureAwait(false))
        {
            return false;
        }

        circuit.HalfOpen();
        SupervisorLog.CircuitHalfOpen(_instrumentation.Log, Name);
        return CompleteRestart(stoppingToken);
    }

    private async Task<bool> WaitThenRestartAsync(TimeSpan delay, CancellationToken stoppingToken) =>
        await WaitAsync(delay, SupervisorState.WaitingToRestart, stoppingToken).ConfigureAwait(false) && CompleteRestart(stoppingToken);

    /// <summary>Waits out a restart delay or a circuit break in <paramref name="waitingState"/>; false if a stop ended the wait.</summary>
    private async Task<bool> WaitAsync(TimeSpan delay, SupervisorState waitingState, CancellationToken stoppingToken)
    {
        var wait = TimeProviderDelay.Delay(_timeProvider, delay, stoppingToken);
        Schedule.WaitingUntil(_timeProvider.GetUtcNow() + delay);

        // Entered once the timer exists, so whoever watches for this state can advance a fake clock.
        _lifecycle.TryEnterLoopState(_session!, waitingState);
        try
        {
            await wait.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
        finally
        {
            Schedule.NotWaiting();
        }

        return !stoppingToken.IsCancellationRequested;
    }

    /// <summary>The restart is due: back to Running and count it, unless a stop came first (a handler may have asked for one).</summary>
    private bool CompleteRestart(CancellationToken stoppingToken)
    {
        if (stoppingToken.IsCancellationRequested)
        {
            return false;
        }

        if (State != SupervisorState.Running && (!_lifecycle.TryEnterLoopState(_session!, SupervisorState.Running) || stoppingToken.IsCancellationRequested))
        {
            return false;
        }

        _ledger.CountRestart();
        _instrumentation.RecordRestart();
        return true;
    }

    /// <summary>Sets or clears one of the loop's own fast-path bits.</summary>
    private void SetSlowPath(int bit, bool on)
    {
        if (((_slowPath & bit) != 0) != on)
        {
            SetSlowPathFromAnyThread(bit, on);
        }
    }

    /// <summary>Sets or clears a fast-path bit atomically: UpdateSettings sets one from any thread while the loop changes its own.</summary>
    private void SetSlowPathFromAnyThread(int bit, bool on)
    {
        int current;
        do
        {
            current = Volatile.Read(ref _slowPath);
        }
        while (Interlocked.CompareExchange(ref _slowPath, on ? current | bit : current & ~bit, current) != current);
    }

    /// <summary>The reasons a loop step leaves its fast path.</summary>
    private static class SlowPath
    {
        /// <summary>A logger is set.</summary>
        public const int Logs = 1;

        /// <summary>The settings need the restart schedule: a delay, a limit or a circuit breaker.</summary>
        public const int Schedule = 2;

        /// <summary>The circuit breaker is not closed, or times a trial run.</summary>
        public const int Circuit = 4;

        /// <summary>The current run is traced.</summary>
        public const int Traced = 8;

        /// <summary>Runs are remembered for <see cref="RecentRuns"/>.</summary>
        public const int History = 16;

        /// <summary>New settings wait for the next restart decision.</summary>
        public const int SettingsPending = 32;

        /// <summary>The bits for which the start and end of a run do more than record the time.</summary>
        public const int NoticesRuns = Logs | Circuit | Traced | History;
    }
}

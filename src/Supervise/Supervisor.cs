using System;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Supervise;

/// <summary>
/// Supervises one worker: runs it, restarts it when it fails or exits (by the policy of its
/// <see cref="SupervisedAttribute"/>), counts restarts, and stops it cleanly when asked.
/// </summary>
/// <remarks>
/// <para>
/// The source generator creates one subclass per <c>[Supervised]</c> method and exposes an instance
/// as a property of the worker's type; the loop itself is emitted code, specialised by the attribute's
/// values. Use <see cref="RunAsync"/> to supervise until a token is cancelled, or <see cref="Start"/>
/// and <see cref="StopAsync"/> to supervise in the background.
/// </para>
/// <para>
/// A supervisor runs one loop at a time. After it has stopped it can be run again; the counters start
/// from zero for each run.
/// </para>
/// </remarks>
public abstract partial class Supervisor
{
    private readonly object _gate = new();
    private TimeProvider _timeProvider = TimeProvider.System;
    private RunClock _clock = RunClock.For(TimeProvider.System);
    private ILogger _logger = NullLogger.Instance;
    private bool _logs;
    private SupervisorSession? _session;
    private SupervisorGaveUpException? _unreportedGiveUp;
    private int _state;

    /// <summary>Creates a supervisor. Called by generated code.</summary>
    /// <param name="name">The supervisor's name in logs, metrics and health reports.</param>
    /// <param name="shutdownTimeout">How long a stop waits for the worker to return.</param>
    /// <param name="resetAfter">How long a run must stay up to count as stable (see <see cref="SupervisedAttribute.ResetAfterMs"/>).</param>
    protected Supervisor(string name, TimeSpan shutdownTimeout, TimeSpan resetAfter)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A supervisor needs a name.", nameof(name));
        }

        if (shutdownTimeout < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(shutdownTimeout), shutdownTimeout, "The shutdown timeout cannot be negative.");
        }

        if (resetAfter < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(resetAfter), resetAfter, "The reset time cannot be negative.");
        }

        Name = name;
        ShutdownTimeout = shutdownTimeout;
        ResetAfter = resetAfter;
    }

    /// <summary>The supervisor's name in logs, metrics and health reports.</summary>
    public string Name { get; }

    /// <summary>How long a stop waits for the worker to return after its stop token is cancelled.</summary>
    public TimeSpan ShutdownTimeout { get; }

    /// <summary>
    /// How long a run must stay up to count as stable: its end starts the backoff and the consecutive
    /// failure count again, and during a half-open circuit it closes the circuit.
    /// </summary>
    public TimeSpan ResetAfter { get; }

    /// <summary>The clock of the supervisor's run bookkeeping, derived from <see cref="TimeProvider"/>.</summary>
    internal RunClock Clock => _clock;

    /// <summary>Where the supervisor is in its life. Safe to read from any thread.</summary>
    public SupervisorState State => (SupervisorState)Volatile.Read(ref _state);

    /// <summary>
    /// The clock for restart delays and the shutdown timeout; <see cref="TimeProvider.System"/> by
    /// default. Tests set a fake one. Cannot be changed while the supervisor runs.
    /// </summary>
    /// <exception cref="InvalidOperationException">The supervisor is running.</exception>
    public TimeProvider TimeProvider
    {
        get => _timeProvider;
        set
        {
            SetWhileIdle(ref _timeProvider, value ?? throw new ArgumentNullException(nameof(value)));
            _clock = RunClock.For(value);
        }
    }

    /// <summary>
    /// Where the supervisor logs starts, failures, restarts and stops; nothing by default.
    /// Cannot be changed while the supervisor runs.
    /// </summary>
    /// <exception cref="InvalidOperationException">The supervisor is running.</exception>
    public ILogger Logger
    {
        get => _logger;
        set
        {
            SetWhileIdle(ref _logger, value ?? throw new ArgumentNullException(nameof(value)));

            // Checked on every run, so a logger that can never log costs one flag test.
            _logs = value is not NullLogger;
        }
    }

    /// <summary>
    /// Supervises the worker until <paramref name="stoppingToken"/> is cancelled or the worker is done
    /// for good (its <see cref="RestartMode"/> does not restart it).
    /// </summary>
    /// <param name="stoppingToken">Cancel to stop: the worker's stop token is cancelled and the
    /// supervisor waits up to <see cref="ShutdownTimeout"/> for it.</param>
    /// <returns>
    /// A task that completes normally when supervision ends by a stop (even if the worker ignored its
    /// token and was left running; <see cref="State"/> then says <see cref="SupervisorState.Unstopped"/>)
    /// or because the worker is done for good.
    /// </returns>
    /// <exception cref="InvalidOperationException">The supervisor is already running.</exception>
    /// <exception cref="SupervisorGaveUpException">The supervisor gave up on the worker.</exception>
    public async Task RunAsync(CancellationToken stoppingToken = default)
    {
        var session = BeginSession(stoppingToken, runsInBackground: false);
        _ = SuperviseSessionAsync(session);
        await session.Ended.Task.ConfigureAwait(false);
        if (session.GaveUp is { } gaveUp)
        {
            ExceptionDispatchInfo.Capture(gaveUp).Throw();
        }
    }

    /// <summary>
    /// Starts supervising the worker in the background, on the thread pool, and returns at once.
    /// Stop it with <see cref="StopAsync"/>, which also reports a give-up.
    /// </summary>
    /// <exception cref="InvalidOperationException">The supervisor is already running.</exception>
    public void Start()
    {
        var session = BeginSession(CancellationToken.None, runsInBackground: true);
        _ = Task.Run(() => SuperviseSessionAsync(session));
    }

    /// <summary>
    /// Stops supervision: cancels the worker's stop token and waits for the worker to return, up to
    /// <see cref="ShutdownTimeout"/> or until <paramref name="cancellationToken"/> is cancelled, whichever
    /// comes first. Never restarts the worker afterwards. Does nothing if the supervisor is not running.
    /// </summary>
    /// <param name="cancellationToken">Cancel to stop waiting for the worker before the shutdown timeout.</param>
    /// <returns>A task that completes when supervision has ended.</returns>
    /// <exception cref="WorkerUnstoppedException">The worker did not return in time and was left running.</exception>
    /// <exception cref="SupervisorGaveUpException">
    /// Supervision started with <see cref="Start"/> had given up on the worker (reported once).
    /// </exception>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        SupervisorSession? session;
        lock (_gate)
        {
            session = _session;
            if (session is { Abandoned: true })
            {
                throw new WorkerUnstoppedException(Name, ShutdownTimeout);
            }

            if (session is null)
            {
                var gaveUp = _unreportedGiveUp;
                _unreportedGiveUp = null;
                if (gaveUp is not null)
                {
                    ExceptionDispatchInfo.Capture(gaveUp).Throw();
                }

                return;
            }
        }

        try
        {
            session.StopSource.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The loop ended (and released its stop source) between the check above and the cancel.
        }

        using (cancellationToken.Register(static state => ((SupervisorSessionOwner)state!).Abandon(), new SupervisorSessionOwner(this, session)))
        {
            await session.Ended.Task.ConfigureAwait(false);
        }

        lock (_gate)
        {
            if (session.Abandoned)
            {
                throw new WorkerUnstoppedException(Name, ShutdownTimeout);
            }

            if (session.RunsInBackground && session.GaveUp is { } gaveUp && ReferenceEquals(gaveUp, _unreportedGiveUp))
            {
                _unreportedGiveUp = null;
                ExceptionDispatchInfo.Capture(gaveUp).Throw();
            }
        }
    }

    /// <summary>
    /// The emitted supervision loop: runs the worker and restarts it by the attribute's policy until
    /// <paramref name="stoppingToken"/> is cancelled (return), the worker is done for good (return) or
    /// the supervisor gives up (throw the exception from <see cref="GiveUp"/>).
    /// </summary>
    /// <param name="stoppingToken">Cancelled when supervision must stop; passed on to the worker.</param>
    /// <returns>A task that completes when supervision ends.</returns>
    protected abstract Task SuperviseAsync(CancellationToken stoppingToken);

    private SupervisorSession BeginSession(CancellationToken stoppingToken, bool runsInBackground)
    {
        SupervisorSession session;
        SupervisorState previous;
        lock (_gate)
        {
            if (_session is { } current)
            {
                throw new InvalidOperationException(current.Abandoned
                    ? $"Supervisor '{Name}' cannot start: the worker of its previous run ignored its stop token and has not returned yet."
                    : $"Supervisor '{Name}' is already running.");
            }

            session = new SupervisorSession(stoppingToken, runsInBackground);
            _session = session;
            RegisterForMetrics();
            _unreportedGiveUp = null;
            ResetCounters();
            previous = SetStateLocked(SupervisorState.Running);
        }

        RaiseStateChanged(previous, SupervisorState.Running);

        // Registered after the session is published: an already-cancelled token calls back at once.
        session.StopRegistration = session.StopToken.Register(
            static state => ((SupervisorSessionOwner)state!).RequestStop(),
            new SupervisorSessionOwner(this, session));
        return session;
    }

    private async Task SuperviseSessionAsync(SupervisorSession session)
    {
        SupervisorGaveUpException? gaveUp = null;
        try
        {
            if (!session.StopToken.IsCancellationRequested)
            {
                await SuperviseAsync(session.StopToken).ConfigureAwait(false);
            }
        }
        catch (SupervisorGaveUpException exception)
        {
            gaveUp = exception;
        }
        catch (OperationCanceledException) when (session.StopToken.IsCancellationRequested)
        {
            // A stop that reached the loop itself rather than the worker: still a stop.
        }
        catch (Exception exception)
        {
            gaveUp = new SupervisorGaveUpException(Name, GiveUpReason.SupervisionFailed, RestartCount, exception);
        }

        EndSession(session, gaveUp);
    }

    private void OnStopRequested(SupervisorSession session)
    {
        SupervisorState previous;
        lock (_gate)
        {
            if (session.LoopEnded || session.StopRequested)
            {
                return;
            }

            session.StopRequested = true;
            previous = SetStateLocked(SupervisorState.Stopping);
        }

        RaiseStateChanged(previous, SupervisorState.Stopping);
        if (ShutdownTimeout == TimeSpan.Zero)
        {
            AbandonIfRunning(session);
            return;
        }

        var timer = _timeProvider.CreateTimer(
            static state => ((SupervisorSessionOwner)state!).Abandon(),
            new SupervisorSessionOwner(this, session),
            ShutdownTimeout,
            Timeout.InfiniteTimeSpan);
        lock (_gate)
        {
            if (!session.LoopEnded)
            {
                session.ShutdownTimer = timer;
                return;
            }
        }

        timer.Dispose();
    }

    private void AbandonIfRunning(SupervisorSession session)
    {
        SupervisorState previous;
        lock (_gate)
        {
            if (session.LoopEnded || session.Abandoned)
            {
                return;
            }

            session.Abandoned = true;
            previous = SetStateLocked(SupervisorState.Unstopped);
        }

        SupervisorLog.WorkerUnstopped(_logger, Name, (long)ShutdownTimeout.TotalMilliseconds);
        RaiseStateChanged(previous, SupervisorState.Unstopped);
        session.Ended.TrySetResult(true);
    }

    private void EndSession(SupervisorSession session, SupervisorGaveUpException? gaveUp)
    {
        var final = gaveUp is null ? SupervisorState.Stopped : SupervisorState.Faulted;
        SupervisorState previous;
        bool wasAbandoned;
        lock (_gate)
        {
            session.LoopEnded = true;
            session.GaveUp = gaveUp;
            wasAbandoned = session.Abandoned;
            _session = null;
            if (session.RunsInBackground && gaveUp is not null)
            {
                _unreportedGiveUp = gaveUp;
            }

            previous = SetStateLocked(final);
        }

        session.Release();
        ReleaseRunResources();
        if (gaveUp is not null)
        {
            SupervisorLog.GaveUp(_logger, Name, gaveUp.RestartCount, gaveUp.Reason, gaveUp.InnerException);
            RaiseGaveUp(gaveUp);
        }
        else if (wasAbandoned)
        {
            SupervisorLog.WorkerStoppedLate(_logger, Name);
        }
        else
        {
            SupervisorLog.Stopped(_logger, Name, RestartCount);
        }

        RaiseStateChanged(previous, final);
        session.Ended.TrySetResult(true);
    }

    private void SetWhileIdle<T>(ref T field, T value)
    {
        lock (_gate)
        {
            if (_session is not null)
            {
                throw new InvalidOperationException($"Supervisor '{Name}' is running; stop it before changing its settings.");
            }

            field = value;
        }
    }

    /// <summary>Sets the state under the lock and returns the previous one; the caller raises the event outside it.</summary>
    private SupervisorState SetStateLocked(SupervisorState state)
    {
        var previous = (SupervisorState)_state;
        Volatile.Write(ref _state, (int)state);
        return previous;
    }

    /// <summary>A session paired with its supervisor, as the state of token and timer callbacks.</summary>
    private sealed class SupervisorSessionOwner
    {
        private readonly Supervisor _supervisor;
        private readonly SupervisorSession _session;

        public SupervisorSessionOwner(Supervisor supervisor, SupervisorSession session)
        {
            _supervisor = supervisor;
            _session = session;
        }

        public void RequestStop() => _supervisor.OnStopRequested(_session);

        public void Abandon() => _supervisor.AbandonIfRunning(_session);
    }
}

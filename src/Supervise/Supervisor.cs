using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

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
/// A supervisor runs one loop at a time, and never two runs of its worker at once. After it has
/// stopped it can be run again; the counters start from zero for each run.
/// </para>
/// <para>
/// This type is a facade: each concern is an internal part that owns its state (the session
/// lifecycle, the run ledger, the restart schedule, the circuit breaker, the heartbeat watchdog and
/// the instrumentation), and the loop's steps (<see cref="OnRunStarting"/> and the others) connect them.
/// </para>
/// </remarks>
public abstract partial class Supervisor
{
    private static readonly Action<Supervisor, SupervisorEventKind, EventArgs> DeliverEvent = static (supervisor, kind, args) => supervisor.Deliver(kind, args);

    private readonly SessionLifecycle _lifecycle;
    private readonly SupervisorInstrumentation _instrumentation;
    // Made for the first event, by whichever thread raises it: a supervisor no one handles events of keeps none.
    private SupervisorEventQueue? _events;

    // The settings in force: replaced only by the loop at a restart decision, or while idle (under the
    // lifecycle lock); read from any thread. _pendingSettings is handed over by UpdateSettings.
    private SupervisorSettings _settings;
    private SupervisorSettings? _pendingSettings;

    // Changed only while idle (under the lifecycle lock), read by the loop and timers.
    private TimeProvider _timeProvider = TimeProvider.System;
    private RunClock _clock = RunClock.For(TimeProvider.System);
    private Random? _random;
    private RunHistory? _history;
    private bool _registered;

    /// <summary>Creates a supervisor. Called by generated code.</summary>
    /// <param name="name">The supervisor's name in logs, metrics and health reports.</param>
    /// <param name="settings">Its policy; made read-only, and kept.</param>
    /// <exception cref="ArgumentException">The name is empty, or the settings hold a value a supervisor cannot run with.</exception>
    protected Supervisor(string name, SupervisorSettings settings)
        : this(name, key: null, settings)
    {
    }

    /// <summary>Creates the supervisor of one key of a parameterised worker (a child of a <see cref="SupervisorSet{TKey}"/>). Called by generated code.</summary>
    /// <param name="workerName">The worker's name; the supervisor's <see cref="Name"/> is <c>workerName[key]</c>.</param>
    /// <param name="key">The key, as text (its <c>ToString()</c>).</param>
    /// <param name="settings">Its policy; made read-only, and kept.</param>
    /// <exception cref="ArgumentException">The name is empty, or the settings hold a value a supervisor cannot run with.</exception>
    protected Supervisor(string workerName, string? key, SupervisorSettings settings)
    {
        if (string.IsNullOrWhiteSpace(workerName))
        {
            throw new ArgumentException("A supervisor needs a name.", nameof(workerName));
        }

        if (settings is null)
        {
            throw new ArgumentNullException(nameof(settings));
        }

        if (!settings.IsKnownValid)
        {
            var problems = settings.Validate();
            if (problems.Count > 0)
            {
                throw new ArgumentException($"Supervisor '{SupervisorNames.Of(workerName, key)}' cannot run with these settings: {string.Join("; ", problems)}.", nameof(settings));
            }

            settings.MakeReadOnlyAndValid();
        }

        _settings = settings;
        _lifecycle = new SessionLifecycle(this);
        _instrumentation = new SupervisorInstrumentation(workerName, key);
        _ledger = RunLedger.None;
        _schedule = RestartSchedule.None;
        _slowPath = NeedsSchedule(settings) ? SlowPath.Schedule : 0;
    }

    /// <summary>The supervisor's name in logs and health reports: its worker's name, and for a keyed child its key, as <c>Consumers.Consume[p1]</c>.</summary>
    public string Name => _instrumentation.Name;

    /// <summary>The worker's name, the same for every keyed child of one worker (<c>Consumers.Consume</c>): the name metrics carry.</summary>
    public string WorkerName => _instrumentation.WorkerName;

    /// <summary>For a keyed child of a <see cref="SupervisorSet{TKey}"/>, its key as text; null for other supervisors. Metrics carry it as its own tag, logs in a scope field.</summary>
    public string? Key => _instrumentation.Key;

    /// <summary>
    /// The policy in force, read-only: the values of its <see cref="SupervisedAttribute"/>, or those that
    /// <see cref="UpdateSettings"/> put in their place.
    /// </summary>
    public SupervisorSettings Settings => Volatile.Read(ref _settings);

    /// <summary>How long a stop waits for the worker to return after its stop token is cancelled.</summary>
    public TimeSpan ShutdownTimeout => Settings.ShutdownTimeout;

    /// <summary>
    /// How long a run must stay up to count as stable: its end starts the backoff and the consecutive
    /// failure count again, and during a half-open circuit it closes the circuit.
    /// </summary>
    public TimeSpan ResetAfter => Settings.ResetAfter;

    /// <summary>Where the supervisor is in its life. Safe to read from any thread.</summary>
    public SupervisorState State => _lifecycle.State;

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
            var provider = value ?? throw new ArgumentNullException(nameof(value));
            _lifecycle.WhileIdle(() =>
            {
                _timeProvider = provider;
                _clock = RunClock.For(provider);
            });
        }
    }

    /// <summary>
    /// Where the supervisor logs starts, failures, restarts and stops; nothing by default. A logger
    /// that throws loses that line and never disturbs supervision. Cannot be changed while the
    /// supervisor runs.
    /// </summary>
    /// <exception cref="InvalidOperationException">The supervisor is running.</exception>
    public ILogger Logger
    {
        get => _instrumentation.UserLogger;
        set
        {
            var logger = value ?? throw new ArgumentNullException(nameof(value));
            _lifecycle.WhileIdle(() =>
            {
                _instrumentation.UseLogger(logger);
                SetSlowPathFromAnyThread(SlowPath.Logs, _instrumentation.Logs);
            });
        }
    }

    /// <summary>
    /// The source of jitter for restart delays. Defaults to a shared generator; tests set a seeded one
    /// so that delays are reproducible. Cannot be changed while the supervisor runs.
    /// </summary>
    /// <exception cref="InvalidOperationException">The supervisor is running.</exception>
    public Random Random
    {
        get => _random ??= CreateDefaultRandom();
        set
        {
            var random = value ?? throw new ArgumentNullException(nameof(value));
            _lifecycle.WhileIdle(() => _random = random);
        }
    }

    /// <summary>
    /// How many of the last runs the supervisor remembers for <see cref="RecentRuns"/> (a status page's
    /// strip of runs); 0, the default, remembers none and costs nothing. The Generic Host integration
    /// sets 50 for the workers it runs. Cannot be changed while the supervisor runs.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    /// <exception cref="InvalidOperationException">The supervisor is running.</exception>
    public int RunHistoryCapacity
    {
        get => _history?.Capacity ?? 0;
        set
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The run history cannot hold a negative number of runs.");
            }

            _lifecycle.WhileIdle(() =>
            {
                if (value != RunHistoryCapacity)
                {
                    _history = value == 0 ? null : new RunHistory(value);
                }

                SetSlowPathFromAnyThread(SlowPath.History, _history is not null);
            });
        }
    }

    /// <summary>The run clock, derived from <see cref="TimeProvider"/>.</summary>
    internal RunClock Clock => _clock;

    internal SupervisorInstrumentation Instrumentation => _instrumentation;

    internal SessionLifecycle Lifecycle => _lifecycle;

    private SupervisorEventQueue Events => Volatile.Read(ref _events) ?? Interlocked.CompareExchange(ref _events, new SupervisorEventQueue(), null) ?? _events!;

    /// <summary>
    /// Replaces the policy: at once while the supervisor is idle, otherwise at its next restart decision
    /// (a run that is going on keeps the policy it started with), when it is logged with the old and
    /// new values (event 17). Read <see cref="Settings"/> to see which policy is in force.
    /// </summary>
    /// <remarks>
    /// <see cref="SupervisorSettings.Restart"/>, <see cref="SupervisorSettings.StopOn"/>,
    /// <see cref="SupervisorSettings.RestartOn"/> and <see cref="SupervisorSettings.Singleton"/> cannot change: they say what the worker is, and the
    /// generated loop is written for them. <see cref="SupervisorSettings.HeartbeatTimeoutMs"/> takes effect
    /// only for a worker that takes a <see cref="SupervisionContext"/>. Everything else can change.
    /// </remarks>
    /// <param name="settings">The new policy; made read-only, and kept.</param>
    /// <exception cref="ArgumentException">A value a supervisor cannot run with, or a change to what cannot change.</exception>
    public void UpdateSettings(SupervisorSettings settings)
    {
        if (settings is null)
        {
            throw new ArgumentNullException(nameof(settings));
        }

        // What cannot change is the same in every settings ever in force (each passed this check): the code's.
        var compiled = Settings;
        var problems = new List<string>(settings.Validate());
        if (settings.Restart != compiled.Restart)
        {
            problems.Add($"Restart is {compiled.Restart} in the code and cannot become {settings.Restart}: the generated loop is written for it");
        }

        if (settings.Significant != compiled.Significant)
        {
            problems.Add("Significant cannot change: it says what the child means to its group");
        }

        if (!string.Equals(settings.Singleton, compiled.Singleton, StringComparison.Ordinal))
        {
            problems.Add("Singleton cannot change: the generated loop of a singleton worker is written around its lease");
        }

        if (!SameTypes(settings.StopOn, compiled.StopOn) || !SameTypes(settings.RestartOn, compiled.RestartOn))
        {
            problems.Add("StopOn and RestartOn cannot change: the generated loop tests for the types the attribute lists");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"Supervisor '{Name}' cannot run with these settings: {string.Join("; ", problems)}.", nameof(settings));
        }

        settings.MakeReadOnlyAndValid();
        SupervisorSettings? replaced = null;
        if (_lifecycle.WhenIdle(() => replaced = Apply(settings)))
        {
            LogChange(replaced!, settings);
        }
        else
        {
            Volatile.Write(ref _pendingSettings, settings);
            SetSlowPathFromAnyThread(SlowPath.SettingsPending, true);
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
    /// token and may still be running; <see cref="State"/> then says <see cref="SupervisorState.Unstopped"/>)
    /// or because the worker is done for good.
    /// </returns>
    /// <exception cref="InvalidOperationException">The supervisor is already running.</exception>
    /// <exception cref="SupervisorGaveUpException">The supervisor gave up on the worker.</exception>
    public async Task RunAsync(CancellationToken stoppingToken = default)
    {
        var session = BeginSession(runsInBackground: false, stoppingToken);
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
    /// <exception cref="InvalidOperationException">The supervisor is already running, or the worker of its last run has not returned.</exception>
    public void Start()
    {
        var session = BeginSession(runsInBackground: true, CancellationToken.None);
#if NETCOREAPP3_0_OR_GREATER
        ThreadPool.QueueUserWorkItem(static state => _ = state.Supervisor.SuperviseSessionAsync(state), session, preferLocal: false);
#else
        ThreadPool.QueueUserWorkItem(static state => _ = ((SupervisorSession)state!).Supervisor.SuperviseSessionAsync((SupervisorSession)state), session);
#endif
    }

    /// <summary>
    /// Stops supervision: cancels the worker's stop token and waits for the worker to return, up to
    /// <see cref="ShutdownTimeout"/> or until <paramref name="cancellationToken"/> is cancelled, whichever
    /// comes first. Never restarts the worker afterwards. Does nothing if the supervisor is not running.
    /// </summary>
    /// <param name="cancellationToken">Cancel to stop waiting for the worker before the shutdown timeout.</param>
    /// <returns>A task that completes when supervision has ended.</returns>
    /// <exception cref="WorkerUnstoppedException">The worker did not return in time: it is <see cref="SupervisorState.Unstopped"/>.</exception>
    /// <exception cref="SupervisorGaveUpException">
    /// Supervision started with <see cref="Start"/> had given up on the worker (reported once).
    /// </exception>
    public Task StopAsync(CancellationToken cancellationToken = default)
    {
        RefuseIfGrouped("stop");
        return _lifecycle.StopAsync(cancellationToken);
    }

    /// <summary>
    /// The emitted supervision loop: runs the worker and restarts it by the attribute's policy until
    /// <paramref name="stoppingToken"/> is cancelled (return), the worker is done for good (return) or
    /// the supervisor gives up (throw the exception from <see cref="GiveUp"/>).
    /// </summary>
    /// <param name="stoppingToken">Cancelled when supervision must stop; passed on to the worker.</param>
    /// <returns>A task that completes when supervision ends.</returns>
    protected abstract Task SuperviseAsync(CancellationToken stoppingToken);

    /// <summary>A session begins (under the lifecycle lock, while no loop runs): the loop's steps work on its parts from now on.</summary>
    internal void Attach(SupervisorSession session)
    {
        session.Gate = CreateGate(session, _settings);
        _session = session;
        _ledger = session.Ledger;
        _schedule = RestartSchedule.None;
        SetSlowPathFromAnyThread(SlowPath.Circuit, false);
        SetSlowPathFromAnyThread(SlowPath.Traced, false);
        if (!_registered)
        {
            _registered = true;
            SupervisorRegistry.Add(this);
        }
    }

    /// <summary>A stop was requested: the watchdog stands down, the stop's own deadline governs the run.</summary>
    internal void OnStopRequested(SupervisorSession session) => session.Watchdog?.StandDown();

    /// <summary>Releases what a session's runs held, after its loop returned and before its end is published.</summary>
    internal void TearDown(SupervisorSession session)
    {
        var startedAt = session.Ledger.TakeOpenRun();
        if (startedAt != RunLedger.NoRun)
        {
            var duration = _clock.Elapsed(startedAt);
            _instrumentation.RecordRunEnd(duration, "stopped", failure: null);
            _history?.Add(new RunRecord(_timeProvider.GetUtcNow() - duration, duration, RunOutcome.Stopped, failureType: null));
        }

        session.Schedule?.NotWaiting();
        session.Circuit?.Release();
        session.Watchdog?.Release();
    }

    internal WorkerUnstoppedException Unstopped() => new(Name, ShutdownTimeout);

    internal bool EnterHungUnstopped(SupervisorSession session) => _lifecycle.EnterHungUnstopped(session);

    internal bool LeaveHungUnstopped(SupervisorSession session) => _lifecycle.LeaveHungUnstopped(session);

    /// <summary>Starts a session; settings handed over since the last one come into force before its loop starts.</summary>
    private SupervisorSession BeginSession(bool runsInBackground, CancellationToken stoppingToken)
    {
        RefuseIfGrouped("start or run");
        if (_settings.Singleton is { } lease)
        {
            // Said before the session begins, so a missing store never leaves a half-started supervisor.
            RequireLeaseStore(lease);
        }

        var session = _lifecycle.Begin(runsInBackground, stoppingToken);
        if (ApplyPendingSettings() is { } change)
        {
            LogChange(change.Previous, change.Current);
        }

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
            gaveUp = new SupervisorGaveUpException(Name, GiveUpReason.SupervisionFailed, session.Ledger.RestartCount, exception);
        }

        if (session.Gate is { } gate)
        {
            // Before the end is published: another replica can take the lease at once.
            await gate.ReleaseAsync().ConfigureAwait(false);
        }

        _lifecycle.End(session, gaveUp);
    }

    private static bool SameTypes(IReadOnlyList<Type>? left, IReadOnlyList<Type>? right) =>
        left is null || right is null ? left is null && right is null : left.SequenceEqual(right);

    /// <summary>Puts settings in force, with the fast-path bit they decide, and returns those they replace; the caller is the loop, or holds the lifecycle lock while idle.</summary>
    private SupervisorSettings Apply(SupervisorSettings settings)
    {
        var previous = _settings;
        Volatile.Write(ref _settings, settings);
        SetSlowPathFromAnyThread(SlowPath.Schedule, NeedsScheduleHere(settings));
        return previous;
    }

    private void LogChange(SupervisorSettings previous, SupervisorSettings settings)
    {
        if (!ReferenceEquals(previous, settings))
        {
            SupervisorLog.SettingsChanged(_instrumentation.Log, Name, settings.ToString(), previous.ToString());
        }
    }

    /// <summary>At a restart decision (or a start, under the lifecycle lock): the settings UpdateSettings handed over come into force.</summary>
    /// <returns>The settings replaced and the new ones, to log once no lock is held; null if nothing was pending.</returns>
    private (SupervisorSettings Previous, SupervisorSettings Current)? ApplyPendingSettings()
    {
        SetSlowPathFromAnyThread(SlowPath.SettingsPending, false);
        return Interlocked.Exchange(ref _pendingSettings, null) is { } pending ? (Apply(pending), pending) : null;
    }

    private static Random CreateDefaultRandom() =>
#if NET6_0_OR_GREATER
        Random.Shared;
#else
        new();
#endif
}

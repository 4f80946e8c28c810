using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Supervise;

/// <summary>
/// A supervision group (Erlang/OTP's supervisor with children): the <c>[Supervised]</c> methods of a
/// <see cref="SupervisionGroupAttribute"/> class, started in declaration order, stopped in reverse,
/// restarted together by a <see cref="SupervisionStrategy"/>, limited by one restart intensity, and
/// giving up together. The generator exposes one as the class's <c>Group</c> property.
/// </summary>
/// <remarks>
/// <para>
/// A child's own policy decides when it restarts (its delay, backoff, jitter and circuit breaker) and
/// when it gives up (its <c>MaxRestarts</c>, <c>StopOn</c>); a child that gives up makes the group give
/// up. A child whose restart mode does not restart it (<see cref="RestartMode.Never"/> that ended,
/// <see cref="RestartMode.OnFailure"/> that completed) is not restarted and restarts no sibling.
/// </para>
/// <para>
/// Run, start and stop the group, not its children: a child's own <see cref="Supervisor.Start"/>,
/// <see cref="Supervisor.RunAsync"/> and <see cref="Supervisor.StopAsync"/> refuse. A group never runs a
/// child twice at once, and a stop during a group restart stops everything.
/// </para>
/// </remarks>
public sealed class SupervisorGroup
{
    private readonly object _gate = new();
    private readonly GroupMember[] _members;
    private TimeProvider _timeProvider = TimeProvider.System;
    private ILogger _logger = NullLogger.Instance;
    private GroupRun? _current;
    private SupervisorGaveUpException? _unreportedGiveUp;
    private int _state;
    private int _restartCount;

    /// <summary>Creates a group. Called by generated code.</summary>
    /// <param name="name">The group's name in logs, metrics and health reports.</param>
    /// <param name="settings">Its policy; made read-only, and kept.</param>
    /// <param name="children">Its children, in start order; each may belong to one group only.</param>
    /// <exception cref="ArgumentException">The name is empty, the settings are invalid, a child is listed twice or belongs to another group.</exception>
    public SupervisorGroup(string name, SupervisorGroupSettings settings, IReadOnlyList<Supervisor> children)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A group needs a name.", nameof(name));
        }

        if (settings is null)
        {
            throw new ArgumentNullException(nameof(settings));
        }

        if (children is null)
        {
            throw new ArgumentNullException(nameof(children));
        }

        var problems = settings.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Group '{name}' cannot run with these settings: {string.Join("; ", problems)}.", nameof(settings));
        }

        if (children.Distinct().Count() != children.Count || children.Any(child => child is null))
        {
            throw new ArgumentException($"Group '{name}' lists a child twice, or a null child.", nameof(children));
        }

        Name = name;
        Settings = settings.MakeReadOnly();
        Children = children.ToArray();
        _members = new GroupMember[children.Count];
        for (var i = 0; i < children.Count; i++)
        {
            _members[i] = new GroupMember(this, children[i], i);
            children[i].JoinGroup(_members[i]);
        }
    }

    /// <summary>The group's name in logs, metrics and health reports.</summary>
    public string Name { get; }

    /// <summary>The group's policy.</summary>
    public SupervisorGroupSettings Settings { get; }

    /// <summary>The children's supervisors, in start order.</summary>
    public IReadOnlyList<Supervisor> Children { get; }

    /// <summary>
    /// Where the group is: <see cref="SupervisorState.NotStarted"/>, <see cref="SupervisorState.Running"/>
    /// (also during a group restart), <see cref="SupervisorState.Stopping"/>, <see cref="SupervisorState.Stopped"/>,
    /// <see cref="SupervisorState.Faulted"/> (gave up) or <see cref="SupervisorState.Unstopped"/> (a child did not stop in time).
    /// </summary>
    public SupervisorState State => (SupervisorState)Volatile.Read(ref _state);

    /// <summary>Restarts the group made in its current or last run: each strategy restart counts once, whatever number of children it restarted.</summary>
    public int RestartCount => Volatile.Read(ref _restartCount);

    /// <summary>The clock of the group's restart delays; setting it sets every child's. Cannot be changed while the group runs.</summary>
    /// <exception cref="InvalidOperationException">The group is running.</exception>
    public TimeProvider TimeProvider
    {
        get => _timeProvider;
        set
        {
            var provider = value ?? throw new ArgumentNullException(nameof(value));
            WhileIdle(() => _timeProvider = provider);
            foreach (var child in Children)
            {
                child.TimeProvider = provider;
            }
        }
    }

    /// <summary>Where the group logs its restarts, give-ups and shutdowns (each child logs to its own logger). Cannot be changed while the group runs.</summary>
    /// <exception cref="InvalidOperationException">The group is running.</exception>
    public ILogger Logger
    {
        get => _logger;
        set
        {
            var logger = value ?? throw new ArgumentNullException(nameof(value));
            WhileIdle(() => _logger = logger is NullLogger ? logger : new ObserverSafeLogger(logger, key: null));
        }
    }

    /// <summary>Raised each time <see cref="State"/> changes. A handler that throws is logged and skipped.</summary>
    public event EventHandler<SupervisorStateChangedEventArgs>? StateChanged;

    /// <summary>
    /// Raised when the group restarts children by its strategy, before it stops them. Like the group's
    /// other events it is raised by the group's loop, which runs on whichever thread woke it (often the
    /// failing child's): a handler that blocks holds up the restart.
    /// </summary>
    public event EventHandler<GroupRestartingEventArgs>? Restarting;

    /// <summary>Raised when the group gives up, before <see cref="RunAsync"/> throws (or <see cref="StopAsync"/> reports) the same exception.</summary>
    public event EventHandler<SupervisorGaveUpEventArgs>? GaveUp;

    /// <summary>
    /// Supervises the children until <paramref name="stoppingToken"/> is cancelled, the significant
    /// children are done (<see cref="SupervisionGroupAttribute.AutoShutdown"/>) or the group gives up.
    /// </summary>
    /// <param name="stoppingToken">Cancel to stop: every child is stopped, in reverse order.</param>
    /// <returns>A task that completes normally on a stop or an auto-shutdown.</returns>
    /// <exception cref="InvalidOperationException">The group is already running.</exception>
    /// <exception cref="SupervisorGaveUpException">The group gave up: its intensity was exceeded, or a child gave up.</exception>
    public async Task RunAsync(CancellationToken stoppingToken = default)
    {
        var run = Begin(runsInBackground: false, stoppingToken);
        _ = SuperviseAsync(run);
        await run.Ended.Task.ConfigureAwait(false);
        if (run.GaveUp is { } gaveUp)
        {
            ExceptionDispatchInfo.Capture(gaveUp).Throw();
        }
    }

    /// <summary>Starts supervising in the background and returns at once; <see cref="StopAsync"/> stops it and reports a give-up.</summary>
    /// <exception cref="InvalidOperationException">The group is already running.</exception>
    public void Start()
    {
        var run = Begin(runsInBackground: true, CancellationToken.None);
        _ = Task.Run(() => SuperviseAsync(run));
    }

    /// <summary>Stops every child, in reverse order, each within its shutdown timeout or until <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="cancellationToken">Cancel to stop waiting for the children.</param>
    /// <returns>A task that completes when the group has ended.</returns>
    /// <exception cref="WorkerUnstoppedException">A child's worker did not return in time.</exception>
    /// <exception cref="SupervisorGaveUpException">A group started with <see cref="Start"/> had given up (reported once).</exception>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        GroupRun? run;
        lock (_gate)
        {
            run = _current;
            if (run is null)
            {
                var gaveUp = _unreportedGiveUp;
                _unreportedGiveUp = null;
                if (gaveUp is not null)
                {
                    ExceptionDispatchInfo.Capture(gaveUp).Throw();
                }

                return;
            }

            run.StopWaitToken = cancellationToken;
        }

        run.CancelStop();
        await run.Ended.Task.ConfigureAwait(false);
        if (run.UnstoppedChild is { } unstopped)
        {
            throw new WorkerUnstoppedException(unstopped.Name, unstopped.ShutdownTimeout);
        }

        lock (_gate)
        {
            if (run.RunsInBackground && run.GaveUp is { } gaveUp && ReferenceEquals(gaveUp, _unreportedGiveUp))
            {
                _unreportedGiveUp = null;
                ExceptionDispatchInfo.Capture(gaveUp).Throw();
            }
        }
    }

    /// <summary>Hands a child's restart request to the group's loop; false when the group is not running.</summary>
    internal bool Post(RestartRequest request)
    {
        var run = Volatile.Read(ref _current);
        if (run is null)
        {
            return false;
        }

        run.Post(request, onPostersThread: true);
        return true;
    }

    private GroupRun Begin(bool runsInBackground, CancellationToken stoppingToken)
    {
        GroupRun run;
        lock (_gate)
        {
            if (_current is not null)
            {
                throw new InvalidOperationException($"Group '{Name}' is already running.");
            }

            run = new GroupRun(runsInBackground, stoppingToken, Settings, _timeProvider);
            _current = run;
            _unreportedGiveUp = null;
            Volatile.Write(ref _restartCount, 0);
        }

        Move(SupervisorState.Running);
        return run;
    }

    private async Task SuperviseAsync(GroupRun run)
    {
        SupervisorGaveUpException? gaveUp = null;
        try
        {
            gaveUp = await SuperviseChildrenAsync(run).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            gaveUp = new SupervisorGaveUpException(Name, GiveUpReason.SupervisionFailed, RestartCount, exception);
        }

        if (gaveUp is not null)
        {
            Move(SupervisorState.Stopping);
        }

        await StopChildrenAsync(run).ConfigureAwait(false);
        End(run, gaveUp);
    }

    /// <summary>The group's loop: starts the children in order, then handles their exits, one at a time, until it ends.</summary>
    /// <returns>Why the group gives up, or null when it ends by a stop or an auto-shutdown.</returns>
    private async Task<SupervisorGaveUpException?> SuperviseChildrenAsync(GroupRun run)
    {
        foreach (var member in _members)
        {
            member.StartFor(run);
            if (!await member.OpenAsync(run).ConfigureAwait(false))
            {
                break;
            }
        }

        while (!run.Stop.IsCancellationRequested)
        {
            var next = await run.ReceiveAsync().ConfigureAwait(false);
            switch (next)
            {
                case RestartRequest request:
                    if (await RestartAsync(run, request).ConfigureAwait(false) is { } limitExceeded)
                    {
                        return limitExceeded;
                    }

                    break;
                case ChildEnded ended when !ended.Member.EndExpected:
                    if (ended.GaveUp is { } childGaveUp)
                    {
                        GroupLog.ChildGaveUp(_logger, Name, ended.Member.Child.Name);
                        return new SupervisorGaveUpException(Name, childGaveUp.Reason, RestartCount, childGaveUp);
                    }

                    if (ended.Member.Child.Settings.Significant && IsAutoShutdownDue())
                    {
                        GroupLog.AutoShutdown(_logger, Name, ended.Member.Child.Name);
                        return null;
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>One exit of a child that its mode restarts: counted against the intensity, then by the strategy.</summary>
    /// <returns>The give-up when the intensity is exceeded; otherwise null.</returns>
    private async Task<SupervisorGaveUpException?> RestartAsync(GroupRun run, RestartRequest request)
    {
        var failing = request.Member;
        if (request.Epoch != failing.Epoch)
        {
            // Restarted already, with the siblings of an earlier group restart.
            request.Done.TrySetResult(true);
            return null;
        }

        if (!run.Intensity.TryRecord(run.Clock.Now()))
        {
            request.Done.TrySetResult(false);
            GroupLog.GaveUp(_logger, Name, RestartCount, Settings.MaxRestarts, Settings.RestartWindowMs);
            return new SupervisorGaveUpException(Name, GiveUpReason.RestartLimitExceeded, RestartCount, failing.Child.LastFailure);
        }

        Volatile.Write(ref _restartCount, _restartCount + 1);
        if (Settings.Strategy == SupervisionStrategy.OneForOne)
        {
            // The child restarts by its own policy; the group only counts it.
            GroupTelemetry.RecordRestart(Name, Settings.Strategy, failing.Child.Name);
            request.Done.TrySetResult(true);
            return null;
        }

        // The children the strategy restarts: _members[first..], the failing child among them.
        var first = Settings.Strategy == SupervisionStrategy.OneForAll ? 0 : failing.Index;
        GroupLog.Restarting(_logger, Name, failing.Child.Name, Settings.Strategy, _members.Length - first, RestartCount);
        if (Restarting is not null)
        {
            RaiseRestarting(new GroupRestartingEventArgs(failing.Child, Settings.Strategy, ChildrenFrom(first), request.Delay));
        }

        using var trace = GroupTelemetry.StartRestart(Name, Settings.Strategy, failing.Child.Name);
        GroupTelemetry.RecordRestart(Name, Settings.Strategy, failing.Child.Name);

        // The others stop in reverse order, each out of its run before the next is asked. A child that
        // runs once (Restart = Never) is not started again (OTP's temporary child): its session ends.
        for (var i = _members.Length - 1; i >= first; i--)
        {
            var member = _members[i];
            if (member != failing && !await member.TakeRunAwayAsync(run).ConfigureAwait(false))
            {
                request.Done.TrySetResult(false);
                return null;
            }

            if (member != failing && member.Child.Settings.Restart == RestartMode.Never)
            {
                await member.RetireAsync(run).ConfigureAwait(false);
            }
        }

        // The delay is armed before the children say they wait: whoever sees WaitingToRestart (a test
        // that then advances its clock) finds the restart's timer running.
        var delay = request.Delay > TimeSpan.Zero ? TimeProviderDelay.Delay(run.TimeProvider, request.Delay, run.Stop.Token) : null;
        for (var i = first; i < _members.Length; i++)
        {
            var member = _members[i];
            if (!member.IsOut)
            {
                member.Child.EnterGroupWait(member == failing ? request.WaitingState : SupervisorState.WaitingToRestart);
            }
        }

        if (delay is not null)
        {
            try
            {
                await delay.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (run.Stop.IsCancellationRequested)
            {
                request.Done.TrySetResult(false);
                return null;
            }
        }

        // All start again in order; the failing child's restart step returns as its turn comes. Each gate
        // is opened before its child is let go: the failing child's gate was never closed, and a child let
        // go first could call its worker before the group waits for that call, which then never comes.
        for (var i = first; i < _members.Length; i++)
        {
            var member = _members[i];
            member.Epoch++;
            var opened = member.OpenAsync(run);
            if (member == failing)
            {
                request.Done.TrySetResult(true);
            }
            else
            {
                member.ReleasePendingRequest();
            }

            if (!await opened.ConfigureAwait(false))
            {
                return null;
            }
        }

        return null;
    }

    private Supervisor[] ChildrenFrom(int first)
    {
        var children = new Supervisor[_members.Length - first];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = _members[first + i].Child;
        }

        return children;
    }

    private bool IsAutoShutdownDue()
    {
        var significant = _members.Where(member => member.Child.Settings.Significant).ToArray();
        return Settings.AutoShutdown switch
        {
            AutoShutdown.AnySignificant => significant.Any(member => member.DoneForGood),
            AutoShutdown.AllSignificant => significant.Length > 0 && significant.All(member => member.DoneForGood),
            _ => false,
        };
    }

    /// <summary>Stops the children in reverse order, each within its own shutdown timeout (or the stopper's patience).</summary>
    private async Task StopChildrenAsync(GroupRun run)
    {
        Move(SupervisorState.Stopping);
        for (var i = _members.Length - 1; i >= 0; i--)
        {
            var member = _members[i];
            member.EndExpected = true;
            try
            {
                await member.Child.StopForGroupAsync(run.StopWaitToken).ConfigureAwait(false);
            }
            catch (WorkerUnstoppedException)
            {
                run.UnstoppedChild ??= member.Child;
            }
            catch (SupervisorGaveUpException)
            {
                // The group reports its own give-up; the child's was logged when it happened.
            }
        }
    }

    private void End(GroupRun run, SupervisorGaveUpException? gaveUp)
    {
        var final = gaveUp is not null ? SupervisorState.Faulted : run.UnstoppedChild is not null ? SupervisorState.Unstopped : SupervisorState.Stopped;
        lock (_gate)
        {
            run.GaveUp = gaveUp;
        }

        var previous = final;
        try
        {
            // The run is still the current one: a stop asked for from here (a GaveUp handler) waits for its end.
            if (gaveUp is not null)
            {
                Invoke(GaveUp, new SupervisorGaveUpEventArgs(gaveUp), nameof(GaveUp));
            }
            else
            {
                GroupLog.Stopped(_logger, Name, RestartCount);
            }
        }
        finally
        {
            // The final state and the end of the run are one step: whoever finds no run finds the final state.
            lock (_gate)
            {
                _current = null;
                if (run.RunsInBackground && gaveUp is not null)
                {
                    _unreportedGiveUp = gaveUp;
                }

                previous = (SupervisorState)Interlocked.Exchange(ref _state, (int)final);
            }

            run.Dispose();
            run.Ended.TrySetResult(true);
        }

        // After the end, so that a handler may start the group again.
        if (previous != final)
        {
            Invoke(StateChanged, new SupervisorStateChangedEventArgs(previous, final), nameof(StateChanged));
        }
    }

    private void WhileIdle(Action change)
    {
        lock (_gate)
        {
            if (_current is not null)
            {
                throw new InvalidOperationException($"Group '{Name}' is running; stop it before changing its settings.");
            }

            change();
        }
    }

    private void Move(SupervisorState state)
    {
        var previous = (SupervisorState)Interlocked.Exchange(ref _state, (int)state);
        if (previous != state)
        {
            Invoke(StateChanged, new SupervisorStateChangedEventArgs(previous, state), nameof(StateChanged));
        }
    }

    private void RaiseRestarting(GroupRestartingEventArgs args) => Invoke(Restarting, args, nameof(Restarting));

    private void Invoke<TArgs>(EventHandler<TArgs>? handlers, TArgs args, string eventName)
    {
        if (handlers is null)
        {
            return;
        }

        foreach (var handler in handlers.GetInvocationList())
        {
            try
            {
                ((EventHandler<TArgs>)handler)(this, args);
            }
            catch (Exception exception)
            {
                GroupLog.EventHandlerFailed(_logger, Name, eventName, exception);
            }
        }
    }

    /// <summary>Something the group's loop handles, one at a time.</summary>
    internal abstract class GroupEvent
    {
    }

    /// <summary>A child exited and its mode restarts it: the group decides how, and completes <see cref="Done"/> when the child may run again (false: it must not).</summary>
    internal sealed class RestartRequest : GroupEvent
    {
        public RestartRequest(GroupMember member, int epoch, TimeSpan delay, SupervisorState waitingState)
        {
            Member = member;
            Epoch = epoch;
            Delay = delay;
            WaitingState = waitingState;
        }

        public GroupMember Member { get; }

        public int Epoch { get; }

        public TimeSpan Delay { get; }

        public SupervisorState WaitingState { get; }

        /// <summary>
        /// Completed by the group's loop, and the child goes on on that thread: a child restarted in
        /// order runs its next run from there, and the group waits for its worker to be called anyway
        /// (a hop per restarted child saved). A stop completes it from the pool instead.
        /// </summary>
        public TaskCompletionSource<bool> Done { get; } = new();
    }

    /// <summary>A child's session ended: done for good, given up, or stopped by the group.</summary>
    internal sealed class ChildEnded : GroupEvent
    {
        public ChildEnded(GroupMember member, SupervisorGaveUpException? gaveUp)
        {
            Member = member;
            GaveUp = gaveUp;
        }

        public GroupMember Member { get; }

        public SupervisorGaveUpException? GaveUp { get; }
    }
}

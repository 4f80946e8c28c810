using System;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace Supervise;

/// <summary>
/// A supervisor's sessions, start to end: the one-loop-per-handle rule, the state, stop requests,
/// the shutdown deadline and the worker left Unstopped, and the give-up reported after a background run.
/// </summary>
/// <remarks>
/// Concurrency: <c>Gate</c> guards the current session, the unreported give-up, every session's
/// flags, and each state change together with the queuing of its event, so events are queued in the
/// order the states changed. The state is written under <c>Gate</c> and read from any thread. No
/// handler, logger or timer callback runs under <c>Gate</c>: events are delivered after it is released.
/// </remarks>
internal sealed class SessionLifecycle
{
    private readonly Supervisor _owner;
    private int _state;
    private SupervisorSession? _current;
    private SupervisorGaveUpException? _unreportedGiveUp;

    // The lock is the lifecycle itself (internal, so no one else takes it): no lock object, nor a field for one.
    private object Gate => this;

    public SessionLifecycle(Supervisor owner)
    {
        _owner = owner;
    }

    public SupervisorState State => (SupervisorState)Volatile.Read(ref _state);

    /// <summary>Runs <paramref name="change"/> if no session is running; settings cannot change under a loop.</summary>
    public void WhileIdle(Action change)
    {
        lock (Gate)
        {
            if (_current is not null)
            {
                throw new InvalidOperationException($"Supervisor '{_owner.Name}' is running; stop it before changing its settings.");
            }

            change();
        }
    }

    /// <summary>Runs <paramref name="change"/> if no session is running, and says whether it did.</summary>
    public bool WhenIdle(Action change)
    {
        lock (Gate)
        {
            if (_current is not null)
            {
                return false;
            }

            change();
            return true;
        }
    }

    /// <summary>Starts a session: fails if one is running, or if the worker of the last one has not returned.</summary>
    public SupervisorSession Begin(bool runsInBackground, CancellationToken callerToken)
    {
        var session = new SupervisorSession(_owner, runsInBackground);
        lock (Gate)
        {
            if (_current is { } current)
            {
                throw new InvalidOperationException(current.Unstopped
                    ? $"Supervisor '{_owner.Name}' cannot start: the worker of its previous run ignored its stop token and has not returned yet."
                    : $"Supervisor '{_owner.Name}' is already running.");
            }

            _current = session;
            _unreportedGiveUp = null;
            _owner.Attach(session);
            MoveLocked(SupervisorState.Running);
        }

        _owner.DeliverEvents();

        // Registered after the session is published: a cancelled token calls back at once.
        if (callerToken.CanBeCanceled)
        {
            var registration = callerToken.Register(static state => ((SupervisorSession)state!).Lifecycle.RequestStop((SupervisorSession)state), session);
            bool ended;
            lock (Gate)
            {
                ended = session.LoopEnded;
                session.CallerRegistration = registration;
            }

            if (ended)
            {
                registration.Dispose();
            }
        }

        return session;
    }

    /// <summary>Moves a running session to a state of its loop; false once a stop has taken over the state.</summary>
    /// <param name="session">The session whose loop asks.</param>
    /// <param name="state">The loop's new state.</param>
    /// <param name="deliver">False when the caller holds a lock of its own: it then delivers the event itself.</param>
    public bool TryEnterLoopState(SupervisorSession session, SupervisorState state, bool deliver = true)
    {
        lock (Gate)
        {
            if (!ReferenceEquals(_current, session) || session.StopRequested || session.LoopEnded)
            {
                return false;
            }

            MoveLocked(state);
        }

        if (deliver)
        {
            _owner.DeliverEvents();
        }

        return true;
    }

    /// <summary>
    /// Stops a session: the state becomes Stopping, the worker's token is cancelled (a callback that
    /// throws is the worker's failure, logged, never the stop's), and the shutdown deadline is armed.
    /// </summary>
    public void RequestStop(SupervisorSession session)
    {
        lock (Gate)
        {
            if (session.LoopEnded || session.StopRequested)
            {
                return;
            }

            session.StopRequested = true;
            MoveLocked(SupervisorState.Stopping);
        }

        _owner.OnStopRequested(session);
        try
        {
            session.StopSource.Cancel();
        }
        catch (AggregateException callbacksFailed)
        {
            SupervisorLog.StopCallbackFailed(_owner.Instrumentation.Log, _owner.Name, callbacksFailed);
        }
        catch (ObjectDisposedException)
        {
            // The loop ended, and released its stop source, as the stop came in.
        }

        _owner.DeliverEvents();
        var timeout = _owner.Settings.ShutdownTimeout;
        if (timeout == TimeSpan.Zero)
        {
            CheckShutdownDeadline(session);
        }
        else
        {
            ArmShutdownDeadline(session, timeout);
        }
    }

    /// <summary>
    /// The worker did not return in time (or the stopper stopped waiting): the session is left
    /// Unstopped, and whoever waits for it is released. The handle stays blocked until the worker returns.
    /// </summary>
    public void MarkUnstopped(SupervisorSession session)
    {
        lock (Gate)
        {
            if (session.LoopEnded || session.Unstopped)
            {
                return;
            }

            session.Unstopped = true;
            MoveLocked(SupervisorState.Unstopped);
        }

        SupervisorLog.WorkerUnstopped(_owner.Instrumentation.Log, _owner.Name, (long)_owner.Settings.ShutdownTimeout.TotalMilliseconds);
        _owner.DeliverEvents();
        session.Ended.TrySetResult(true);
    }

    /// <summary>Ends a session whose loop has returned: its parts are released first, so a new session never sees the old one's teardown.</summary>
    public void End(SupervisorSession session, SupervisorGaveUpException? gaveUp)
    {
        _owner.TearDown(session);
        var final = gaveUp is null ? SupervisorState.Stopped : SupervisorState.Faulted;
        bool wasUnstopped;
        ITimer? shutdownTimer;
        CancellationTokenRegistration registration;
        lock (Gate)
        {
            session.LoopEnded = true;
            session.GaveUp = gaveUp;
            wasUnstopped = session.Unstopped;
            shutdownTimer = session.ShutdownTimer;
            registration = session.CallerRegistration;
            _current = null;
            if (session.RunsInBackground && gaveUp is not null)
            {
                _unreportedGiveUp = gaveUp;
            }

            var previous = SetStateLocked(final);
            if (gaveUp is not null)
            {
                _owner.QueueGaveUp(gaveUp);
            }

            _owner.QueueStateChanged(previous, final);
        }

        try
        {
            var log = _owner.Instrumentation.Log;
            if (gaveUp is not null)
            {
                SupervisorLog.GaveUp(log, _owner.Name, gaveUp.RestartCount, gaveUp.Reason, gaveUp.InnerException);
            }
            else if (wasUnstopped)
            {
                SupervisorLog.WorkerStoppedLate(log, _owner.Name);
            }
            else
            {
                SupervisorLog.Stopped(log, _owner.Name, session.Ledger.RestartCount);
            }

            _owner.DeliverEvents();
        }
        finally
        {
            shutdownTimer?.Dispose();
            registration.Dispose();
            session.StopSource.Dispose();
            session.Ended.TrySetResult(true);
        }
    }

    /// <summary>Stops the session that is running, waits for it (or until <paramref name="cancellationToken"/>), and reports how it ended.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        SupervisorSession? session;
        lock (Gate)
        {
            session = _current;
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

            if (session.Unstopped)
            {
                throw _owner.Unstopped();
            }
        }

        RequestStop(session);
        if (cancellationToken.CanBeCanceled)
        {
            using (cancellationToken.Register(static state => ((SupervisorSession)state!).Lifecycle.MarkUnstopped((SupervisorSession)state), session))
            {
                await session.Ended.Task.ConfigureAwait(false);
            }
        }
        else
        {
            await session.Ended.Task.ConfigureAwait(false);
        }

        lock (Gate)
        {
            if (session.Unstopped)
            {
                throw _owner.Unstopped();
            }

            if (session.RunsInBackground && session.GaveUp is { } gaveUp && ReferenceEquals(gaveUp, _unreportedGiveUp))
            {
                _unreportedGiveUp = null;
                ExceptionDispatchInfo.Capture(gaveUp).Throw();
            }
        }
    }

    /// <summary>A hung run ignored its cancellation for the shutdown timeout: Unstopped, unless a stop already governs the state.</summary>
    public bool EnterHungUnstopped(SupervisorSession session) => TryEnterLoopState(session, SupervisorState.Unstopped, deliver: false);

    /// <summary>The hung run returned at last: the loop goes on deciding its restart.</summary>
    public bool LeaveHungUnstopped(SupervisorSession session) => TryEnterLoopState(session, SupervisorState.Running, deliver: false);

    private void ArmShutdownDeadline(SupervisorSession session, TimeSpan timeout)
    {
        var timer = _owner.TimeProvider.CreateTimer(static state => ((SupervisorSession)state!).Lifecycle.CheckShutdownDeadline((SupervisorSession)state), session, timeout, Timeout.InfiniteTimeSpan);
        lock (Gate)
        {
            if (!session.LoopEnded)
            {
                session.ShutdownTimer?.Dispose();
                session.ShutdownTimer = timer;
                return;
            }
        }

        timer.Dispose();
    }

    /// <summary>
    /// The shutdown deadline has passed: a worker still running is left Unstopped. Between runs the loop
    /// is about to return by itself; should it start a run instead (a stop that raced the start), that
    /// run gets a deadline of its own.
    /// </summary>
    private void CheckShutdownDeadline(SupervisorSession session)
    {
        lock (Gate)
        {
            if (session.LoopEnded || session.Unstopped)
            {
                return;
            }
        }

        if (session.Ledger.RunStartedAt != RunLedger.NoRun)
        {
            MarkUnstopped(session);
            return;
        }

        var timeout = _owner.Settings.ShutdownTimeout;
        ArmShutdownDeadline(session, timeout > TimeSpan.Zero ? timeout : TimeSpan.FromMilliseconds(1));
    }

    /// <summary>Sets the state and queues its event; the caller holds <c>Gate</c>.</summary>
    private void MoveLocked(SupervisorState state)
    {
        var previous = SetStateLocked(state);
        _owner.QueueStateChanged(previous, state);
    }

    private SupervisorState SetStateLocked(SupervisorState state)
    {
        var previous = (SupervisorState)_state;
        Volatile.Write(ref _state, (int)state);
        return previous;
    }
}

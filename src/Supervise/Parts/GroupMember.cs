using System;
using System.Threading;
using System.Threading.Tasks;

namespace Supervise;

/// <summary>
/// One child of a <see cref="SupervisorGroup"/>, as the group sees it: its place, its gate in the
/// current session, and what the group knows of its end.
/// </summary>
/// <remarks>
/// Concurrency: written by the group's loop, except <see cref="Gate"/> (set when the child's session
/// begins, before the group opens it) and the end flags (set by the session's end, before its event is posted).
/// </remarks>
internal sealed class GroupMember
{
    public GroupMember(SupervisorGroup group, Supervisor child, int index)
    {
        Group = group;
        Child = child;
        Index = index;
    }

    public SupervisorGroup Group { get; }

    public Supervisor Child { get; }

    public int Index { get; }

    /// <summary>How many times the group has restarted this child: a restart request made before the last one is stale.</summary>
    public int Epoch { get; set; }

    /// <summary>The gate of the child's current session.</summary>
    public GroupGate? Gate { get; set; }

    /// <summary>The group itself is ending the child's session: its end is no news.</summary>
    public bool EndExpected { get; set; }

    /// <summary>The child ended by itself, not given up: its restart mode does not restart it.</summary>
    public bool DoneForGood { get; private set; }

    private SupervisorGroup.RestartRequest? _pending;

    /// <summary>Stopped by a strategy restart and not started again: a child that runs once.</summary>
    public bool Retired { get; private set; }

    /// <summary>Whether the child's session is over for this run of the group: done, or retired.</summary>
    public bool IsOut => DoneForGood || Retired;

    /// <summary>Starts the child's session for a run of the group; the child waits at its closed gate.</summary>
    public void StartFor(GroupRun run)
    {
        EndExpected = false;
        DoneForGood = false;
        Retired = false;
        Epoch = 0;
        var session = Child.StartForGroup();
        _ = session.Ended.Task.ContinueWith(
            _ =>
            {
                if (!EndExpected && session.GaveUp is null)
                {
                    DoneForGood = true;
                }

                run.Post(new SupervisorGroup.ChildEnded(this, session.GaveUp), onPostersThread: false);
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>Lets the child run and waits until its worker has been called (or the child ended, or the group stops).</summary>
    /// <returns>False when the group is stopping.</returns>
    public async Task<bool> OpenAsync(GroupRun run)
    {
        if (IsOut || Gate is not { } gate)
        {
            return !run.Stop.IsCancellationRequested;
        }

        var invoked = gate.OpenAsync();
        await Task.WhenAny(invoked, run.Stopped).ConfigureAwait(false);
        return !run.Stop.IsCancellationRequested;
    }

    /// <summary>
    /// Takes the child's run away (a strategy restart) and waits until it is out of it; one that ignores
    /// its cancellation past its shutdown timeout leaves the child Unstopped, and the group waits on.
    /// </summary>
    /// <returns>False when the group is stopping.</returns>
    public async Task<bool> TakeRunAwayAsync(GroupRun run)
    {
        if (IsOut || Gate is not { } gate)
        {
            return true;
        }

        var left = gate.CloseAsync();
        if (left.IsCompleted)
        {
            // The run ended inside the cancellation: nothing to wait for.
            return !run.Stop.IsCancellationRequested;
        }

        // The shutdown timeout's timer goes as soon as the child is out (or the group stops): armed
        // for the whole timeout instead, one per taken-away run would pile up under fast restarts.
        var outOrStopped = Task.WhenAny(left, run.Stopped);
        try
        {
            await TimeProviderDelay.WaitAsync(outOrStopped, Child.ShutdownTimeout, run.TimeProvider).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Child.EnterRunUnstopped(Child.CurrentSession!);
            await outOrStopped.ConfigureAwait(false);
        }

        return !run.Stop.IsCancellationRequested;
    }

    /// <summary>Ends the session of a child whose run a strategy restart took away and that is not started again.</summary>
    public async Task RetireAsync(GroupRun run)
    {
        Retired = true;
        EndExpected = true;
        try
        {
            await Child.StopForGroupAsync(run.StopWaitToken).ConfigureAwait(false);
        }
        catch (WorkerUnstoppedException)
        {
            run.UnstoppedChild ??= Child;
        }
        catch (SupervisorGaveUpException)
        {
            // Logged by the child when it gave up.
        }
    }

    /// <summary>Called by the child's restart step: asks the group, which answers when the child may run again.</summary>
    public async Task<bool> RequestRestartAsync(TimeSpan delay, SupervisorState waitingState, CancellationToken stoppingToken)
    {
        var request = new SupervisorGroup.RestartRequest(this, Epoch, delay, waitingState);
        Volatile.Write(ref _pending, request);
        if (!Group.Post(request))
        {
            return false;
        }

        // A group that stops may leave the request unhandled in its queue; it stops this child too,
        // and the child's stop is the answer, given from the pool: the child's loop does not go on
        // inside whoever cancelled its token.
        using (stoppingToken.Register(static state => ThreadPool.UnsafeQueueUserWorkItem(AnswerStopped, state), request.Done))
        {
            return await request.Done.Task.ConfigureAwait(false);
        }
    }

    private static void AnswerStopped(object? done) => ((TaskCompletionSource<bool>)done!).TrySetResult(false);

    /// <summary>The child asked for a restart the group has just made with a sibling's: its request is answered.</summary>
    public void ReleasePendingRequest() => Interlocked.Exchange(ref _pending, null)?.Done.TrySetResult(true);
}

using System;
using System.Collections.Generic;

namespace Supervise;

/// <summary>The events of a supervisor, in the order they are queued.</summary>
internal enum SupervisorEventKind
{
    StateChanged,
    Restarting,
    GaveUp,
    CircuitStateChanged,
}

/// <summary>
/// Delivers a supervisor's events one at a time, in the order they happened, and never while a
/// lock is held: whoever queues an event delivers the queue unless another thread already is, and a
/// handler that causes another event (a <c>StopAsync</c> from a handler) sees it delivered after it returns.
/// </summary>
/// <remarks>
/// Concurrency: its own lock guards the queue and the delivering flag. Callers that must keep events
/// in the order of their state changes queue them under their own lock (taken before this one), then
/// call <see cref="Deliver"/> after releasing it.
/// </remarks>
internal sealed class SupervisorEventQueue
{
    // The lock is the queue itself (internal, so no one else takes it), and the queue of pending events
    // is made for the first event: a supervisor nobody handles events of keeps neither.
    private Queue<(SupervisorEventKind Kind, EventArgs Args)>? _pending;
    private bool _delivering;

    private object Gate => this;

    public void Enqueue(SupervisorEventKind kind, EventArgs args)
    {
        lock (Gate)
        {
            (_pending ??= new Queue<(SupervisorEventKind Kind, EventArgs Args)>()).Enqueue((kind, args));
        }
    }

    /// <summary>Delivers what is queued through <paramref name="deliver"/>, unless another thread is delivering (it then delivers these too).</summary>
    public void Deliver(Supervisor supervisor, Action<Supervisor, SupervisorEventKind, EventArgs> deliver)
    {
        lock (Gate)
        {
            if (_delivering || _pending is not { Count: > 0 })
            {
                return;
            }

            _delivering = true;
        }

        while (true)
        {
            (SupervisorEventKind Kind, EventArgs Args) next;
            lock (Gate)
            {
                if (_pending is not { Count: > 0 })
                {
                    _delivering = false;
                    return;
                }

                next = _pending.Dequeue();
            }

            // Never throws: each handler is guarded where it is invoked.
            deliver(supervisor, next.Kind, next.Args);
        }
    }
}

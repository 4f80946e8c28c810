using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Supervise;

/// <summary>
/// One supervisor per argument of a parameterised worker (Erlang/OTP's <c>simple_one_for_one</c>):
/// each distinct key gets its own child <see cref="Supervisor"/>, with the worker's policy, started and
/// stopped at run time. The generator exposes one as <c>&lt;Name&gt;Supervisors</c>.
/// </summary>
/// <remarks>
/// <para>
/// <typeparamref name="TKey"/> is the worker's parameter type, or a value tuple of its parameter types
/// in order when it takes several (<c>(string Topic, int Partition)</c>). Keys compare by that type's
/// equality. A child is named <c>Type.Method[key]</c> (the key's <c>ToString()</c>); metrics carry the
/// worker's name and the key as separate tags.
/// </para>
/// <para>
/// A child that gives up stays in the set, <see cref="SupervisorState.Faulted"/>, until it is stopped
/// (which removes it) or started again: <see cref="Start"/> on a faulted or stopped child starts the
/// same supervisor again, counting from zero. Every member is safe to call from any thread, for the same
/// key too: a key never has two children, and never two runs at once.
/// </para>
/// </remarks>
/// <typeparam name="TKey">The worker's argument: its parameter, or a tuple of its parameters.</typeparam>
/// <example>
/// <code>
/// var consumers = new Consumers();
/// consumers.ConsumeSupervisors.Start("p1");       // supervises ConsumeAsync("p1", token)
/// await consumers.ConsumeSupervisors.StopAsync("p1");
/// </code>
/// </example>
public sealed class SupervisorSet<TKey> : ISupervisorSet
    where TKey : notnull
{
    private readonly object _gate = new();
    private readonly Func<TKey, Supervisor> _create;
    private readonly Dictionary<TKey, Child> _children;

    // The children in start order, linked through themselves: no list node per child (guarded by _gate).
    private Child? _first;
    private Child? _last;
    private Action<Supervisor>? _configure;

    /// <summary>Creates a set. Called by generated code.</summary>
    /// <param name="workerName">The worker's name.</param>
    /// <param name="create">Creates the child supervisor of a key.</param>
    /// <param name="comparer">How keys compare; the key type's own equality by default.</param>
    public SupervisorSet(string workerName, Func<TKey, Supervisor> create, IEqualityComparer<TKey>? comparer = null)
    {
        if (string.IsNullOrWhiteSpace(workerName))
        {
            throw new ArgumentException("A supervisor set needs its worker's name.", nameof(workerName));
        }

        WorkerName = workerName;
        _create = create ?? throw new ArgumentNullException(nameof(create));
        _children = new Dictionary<TKey, Child>(comparer ?? EqualityComparer<TKey>.Default);
    }

    /// <inheritdoc />
    public string WorkerName { get; }

    /// <summary>How many children the set holds.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _children.Count;
            }
        }
    }

    /// <summary>The keys of the children, in the order they were first started.</summary>
    public IReadOnlyList<TKey> Keys
    {
        get
        {
            lock (_gate)
            {
                var keys = new TKey[_children.Count];
                var i = 0;
                for (var child = _first; child is not null; child = child.Next)
                {
                    keys[i++] = child.Key;
                }

                return keys;
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<Supervisor> Children
    {
        get
        {
            lock (_gate)
            {
                return SupervisorsInStartOrder();
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="configure"/> on every child as it is created, before it starts: a host gives
    /// children its logger, clock and lease store this way. Children that exist already are configured at once.
    /// </summary>
    /// <param name="configure">Sets what a child needs; it runs while the child is idle.</param>
    public void ConfigureChildren(Action<Supervisor> configure)
    {
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        Supervisor[] existing;
        lock (_gate)
        {
            _configure += configure;
            existing = SupervisorsInStartOrder();
        }

        foreach (var supervisor in existing)
        {
            if (supervisor.State is SupervisorState.NotStarted or SupervisorState.Stopped or SupervisorState.Faulted)
            {
                configure(supervisor);
            }
        }
    }

    /// <summary>
    /// Starts supervising the worker for <paramref name="key"/>, in the background, and returns its
    /// supervisor. Already running: the same supervisor, and no second loop. Faulted or stopped (and
    /// not yet removed): the same supervisor starts again.
    /// </summary>
    /// <param name="key">The worker's argument.</param>
    /// <returns>The key's child.</returns>
    /// <exception cref="InvalidOperationException">The key's child is being stopped, or its worker was left Unstopped and has not returned.</exception>
    public Supervisor Start(TKey key)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        Child child;
        bool created;
        lock (_gate)
        {
            if (_children.TryGetValue(key, out var existing))
            {
                if (existing.Removing)
                {
                    throw new InvalidOperationException($"{existing.Supervisor.Name} is being stopped; start it again once its StopAsync has completed.");
                }

                child = existing;
                created = false;
            }
            else
            {
                child = new Child(key, _create(key));
                _children.Add(key, child);
                Append(child);
                created = true;
            }
        }

        if (created)
        {
            _configure?.Invoke(child.Supervisor);
        }

        lock (child)
        {
            // One start at a time per child: a concurrent Start of the same key finds it running.
            if (child.Supervisor.State is SupervisorState.NotStarted or SupervisorState.Stopped or SupervisorState.Faulted)
            {
                child.Supervisor.Start();
            }
        }

        return child.Supervisor;
    }

    /// <summary>Looks up the child of <paramref name="key"/>.</summary>
    /// <param name="key">The worker's argument.</param>
    /// <param name="supervisor">The key's child, or null.</param>
    /// <returns>Whether the set holds a child for the key.</returns>
    public bool TryGet(TKey key, out Supervisor supervisor)
    {
        lock (_gate)
        {
            if (_children.TryGetValue(key, out var child))
            {
                supervisor = child.Supervisor;
                return true;
            }
        }

        supervisor = null!;
        return false;
    }

    /// <summary>Stops the child of <paramref name="key"/> and removes it from the set; does nothing for a key the set does not hold.</summary>
    /// <param name="key">The worker's argument.</param>
    /// <param name="cancellationToken">Cancel to stop waiting for the child before its shutdown timeout.</param>
    /// <returns>A task that completes when the child has stopped.</returns>
    /// <exception cref="WorkerUnstoppedException">The child's worker did not return in time; the child is removed all the same.</exception>
    /// <exception cref="SupervisorGaveUpException">The child had given up (reported once).</exception>
    public async Task StopAsync(TKey key, CancellationToken cancellationToken = default)
    {
        Child? child;
        lock (_gate)
        {
            if (!_children.TryGetValue(key, out child) || child.Removing)
            {
                return;
            }

            child.Removing = true;
        }

        try
        {
            await child.Supervisor.StopAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Remove(child);
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// The stops are asked for in reverse start order, one after the other, and then awaited together,
    /// each child within its own shutdown timeout; the children are removed together once all have
    /// stopped (until then, <see cref="Start"/> of one of their keys says it is being stopped). Give-ups
    /// and Unstopped workers are not thrown: they are logged by each child, and read from
    /// <see cref="Supervisor.State"/> before the call if needed.
    /// </remarks>
    public async Task StopAllAsync(CancellationToken cancellationToken = default)
    {
        Child[] stopping;
        lock (_gate)
        {
            var count = 0;
            for (var child = _last; child is not null; child = child.Previous)
            {
                count += child.Removing ? 0 : 1;
            }

            stopping = new Child[count];
            var i = 0;
            for (var child = _last; child is not null; child = child.Previous)
            {
                if (!child.Removing)
                {
                    child.Removing = true;
                    stopping[i++] = child;
                }
            }
        }

        // The supervisors' own stop tasks, awaited together: no extra state machine per child, which at
        // ten thousand children made stopping all twice as slow as stopping as many plain supervisors.
        var stops = new Task[stopping.Length];
        for (var i = 0; i < stopping.Length; i++)
        {
            stops[i] = stopping[i].Supervisor.StopAsync(cancellationToken);
        }

        try
        {
            await Task.WhenAll(stops).ConfigureAwait(false);
        }
        catch (Exception) when (OnlyExpectedStopFailures(stops))
        {
            // Give-ups and Unstopped workers: logged by each child, and its state says which.
        }
        finally
        {
            RemoveAll(stopping);
        }
    }

    private static bool OnlyExpectedStopFailures(Task[] stops)
    {
        foreach (var stop in stops)
        {
            if (stop.IsCanceled || (stop.IsFaulted && stop.Exception!.InnerException is not (WorkerUnstoppedException or SupervisorGaveUpException)))
            {
                return false;
            }
        }

        return true;
    }

    private void Remove(Child child)
    {
        lock (_gate)
        {
            RemoveLocked(child);
        }
    }

    private void RemoveAll(Child[] children)
    {
        lock (_gate)
        {
            foreach (var child in children)
            {
                RemoveLocked(child);
            }
        }
    }

    private void RemoveLocked(Child child)
    {
        if (_children.TryGetValue(child.Key, out var current) && ReferenceEquals(current, child))
        {
            _children.Remove(child.Key);
            Unlink(child);
        }
    }

    private void Append(Child child)
    {
        child.Previous = _last;
        if (_last is null)
        {
            _first = child;
        }
        else
        {
            _last.Next = child;
        }

        _last = child;
    }

    private void Unlink(Child child)
    {
        if (child.Previous is null)
        {
            _first = child.Next;
        }
        else
        {
            child.Previous.Next = child.Next;
        }

        if (child.Next is null)
        {
            _last = child.Previous;
        }
        else
        {
            child.Next.Previous = child.Previous;
        }

        child.Previous = child.Next = null;
    }

    private Supervisor[] SupervisorsInStartOrder()
    {
        var supervisors = new Supervisor[_children.Count];
        var i = 0;
        for (var child = _first; child is not null; child = child.Next)
        {
            supervisors[i++] = child.Supervisor;
        }

        return supervisors;
    }

    /// <summary>One key's supervisor; <see cref="Removing"/> and its links are guarded by the set's lock.</summary>
    private sealed class Child
    {
        public Child(TKey key, Supervisor supervisor)
        {
            Key = key;
            Supervisor = supervisor;
        }

        public TKey Key { get; }

        public Supervisor Supervisor { get; }

        public bool Removing { get; set; }

        /// <summary>The child started before it; its links make removing it cost nothing however many children there are.</summary>
        public Child? Previous { get; set; }

        /// <summary>The child started after it.</summary>
        public Child? Next { get; set; }
    }
}

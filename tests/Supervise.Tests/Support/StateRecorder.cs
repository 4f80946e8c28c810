namespace Supervise.Tests.Support;

/// <summary>
/// Records every state a supervisor enters, starting with the one it is in when the recorder is made,
/// and lets a test await the n-th entry into a state (entries that happened before the wait count too).
/// A recorder made just after a failure therefore finds a state the supervisor already reached.
/// </summary>
public sealed class StateRecorder
{
    private readonly object _gate = new();
    private readonly List<SupervisorState> _entered = new();
    private readonly List<(SupervisorState State, int Occurrence, TaskCompletionSource Reached)> _waiters = new();

    public StateRecorder(Supervisor supervisor)
    {
        lock (_gate)
        {
            supervisor.StateChanged += (_, change) => Record(change.State);

            // A change raised meanwhile waits for this lock, and is then recorded twice (read here, and by
            // its event): harmless for a wait on a first entry, and recorders that count entries are made
            // before their supervisor starts.
            _entered.Add(supervisor.State);
        }
    }

    public IReadOnlyList<SupervisorState> Entered
    {
        get
        {
            lock (_gate)
            {
                return _entered.ToArray();
            }
        }
    }

    public Task WaitForAsync(SupervisorState state, int occurrence = 1)
    {
        lock (_gate)
        {
            if (_entered.Count(entered => entered == state) >= occurrence)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((state, occurrence, reached));
            return Guard.Within(reached.Task);
        }
    }

    private void Record(SupervisorState state)
    {
        List<TaskCompletionSource> ready;
        lock (_gate)
        {
            _entered.Add(state);
            var count = _entered.Count(entered => entered == state);
            ready = _waiters.Where(w => w.State == state && w.Occurrence <= count).Select(w => w.Reached).ToList();
            _waiters.RemoveAll(w => w.State == state && w.Occurrence <= count);
        }

        ready.ForEach(reached => reached.TrySetResult());
    }
}

using System.Threading.Channels;

namespace Supervise.Tests.Support;

/// <summary>
/// The body of a test worker, run by run: each call of <see cref="RunAsync"/> is one run that the test
/// receives from <see cref="NextRunAsync"/> and ends when it chooses.
/// </summary>
public sealed class WorkerScript
{
    private readonly Channel<ScriptedRun> _runs = Channel.CreateUnbounded<ScriptedRun>();
    private int _runCount;

    /// <summary>How many runs have started.</summary>
    public int RunCount => Volatile.Read(ref _runCount);

    /// <summary>The worker body: starts a run and returns the task the test controls.</summary>
    public Task RunAsync(CancellationToken stoppingToken)
    {
        var run = new ScriptedRun(Interlocked.Increment(ref _runCount), stoppingToken);
        _runs.Writer.TryWrite(run);
        return run.Task;
    }

    /// <summary>The next run, once the supervisor has started it.</summary>
    public Task<ScriptedRun> NextRunAsync() => Guard.Within(_runs.Reader.ReadAsync().AsTask());

    /// <summary>Whether a run has started that the test has not taken yet.</summary>
    public bool HasPendingRun => _runs.Reader.Count > 0;
}

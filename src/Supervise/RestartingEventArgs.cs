using System;

namespace Supervise;

/// <summary>The data of <see cref="Supervisor.Restarting"/>: a restart has been decided and its delay begins.</summary>
public sealed class RestartingEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="attempt">The number of the run that will start: 2 for the first restart.</param>
    /// <param name="delay">How long the supervisor waits before it.</param>
    /// <param name="failure">The failure that ended the previous run, or null if it completed.</param>
    public RestartingEventArgs(int attempt, TimeSpan delay, Exception? failure)
    {
        Attempt = attempt;
        Delay = delay;
        Failure = failure;
    }

    /// <summary>The number of the run that will start: 2 for the first restart.</summary>
    public int Attempt { get; }

    /// <summary>How long the supervisor waits before the restart.</summary>
    public TimeSpan Delay { get; }

    /// <summary>The failure that ended the previous run, or null if it completed.</summary>
    public Exception? Failure { get; }
}

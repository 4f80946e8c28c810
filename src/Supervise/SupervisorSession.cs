using System;
using System.Threading;
using System.Threading.Tasks;

namespace Supervise;

/// <summary>
/// One supervision run of a <see cref="Supervisor"/>, from start to stop: its stop token, its
/// shutdown timer and how it ended. Its fields are guarded by the supervisor's lock.
/// </summary>
internal sealed class SupervisorSession
{
    public SupervisorSession(Supervisor supervisor, CancellationToken externalToken, bool runsInBackground)
    {
        Supervisor = supervisor;
        StopSource = externalToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(externalToken)
            : new CancellationTokenSource();
        RunsInBackground = runsInBackground;
    }

    /// <summary>The supervisor this is a session of: sessions are the state of their token and timer callbacks.</summary>
    public Supervisor Supervisor { get; }

    /// <summary>Cancelled when the session must stop: by <see cref="Supervisor.StopAsync"/> or the caller's token.</summary>
    public CancellationTokenSource StopSource { get; }

    public CancellationToken StopToken => StopSource.Token;

    /// <summary>Started by <see cref="Supervisor.Start"/>: nobody awaits it, so StopAsync reports how it ended.</summary>
    public bool RunsInBackground { get; }

    /// <summary>Completes when the loop has ended, or when it was abandoned after the shutdown timeout.</summary>
    public TaskCompletionSource<bool> Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CancellationTokenRegistration StopRegistration { get; set; }

    public ITimer? ShutdownTimer { get; set; }

    public bool StopRequested { get; set; }

    public bool LoopEnded { get; set; }

    /// <summary>The worker did not return within the shutdown timeout and was left running.</summary>
    public bool Abandoned { get; set; }

    public SupervisorGaveUpException? GaveUp { get; set; }

    /// <summary>Releases the timer, the token registration and the stop source; called once, when the loop ends.</summary>
    public void Release()
    {
        ShutdownTimer?.Dispose();
        StopRegistration.Dispose();
        StopSource.Dispose();
    }
}

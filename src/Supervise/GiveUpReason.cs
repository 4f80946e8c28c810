namespace Supervise;

/// <summary>Why a supervisor gave up on its worker.</summary>
public enum GiveUpReason
{
    /// <summary>
    /// The worker failed and its <see cref="RestartMode"/> does not restart after a failure
    /// (<see cref="RestartMode.Never"/>).
    /// </summary>
    FailedWithoutRestart = 0,

    /// <summary>
    /// The supervision loop itself failed, for example because a custom
    /// <see cref="System.TimeProvider"/> threw. The inner exception says what happened.
    /// </summary>
    SupervisionFailed = 1,

    /// <summary>
    /// More than <see cref="SupervisedAttribute.MaxRestarts"/> restarts were needed within
    /// <see cref="SupervisedAttribute.RestartWindowMs"/>.
    /// </summary>
    RestartLimitExceeded = 2,

    /// <summary>
    /// The worker failed with an exception that <see cref="SupervisedAttribute.StopOn"/> lists, or that
    /// <see cref="SupervisedAttribute.RestartOn"/> does not.
    /// </summary>
    StoppingException = 3,
}

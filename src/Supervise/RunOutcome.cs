namespace Supervise;

/// <summary>How one run of a worker ended.</summary>
public enum RunOutcome
{
    /// <summary>The worker returned.</summary>
    Completed = 0,

    /// <summary>The worker threw (or was found hung by the watchdog).</summary>
    Failed = 1,

    /// <summary>A stop ended the run.</summary>
    Stopped = 2,
}

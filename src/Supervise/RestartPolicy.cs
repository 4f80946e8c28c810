namespace Supervise;

/// <summary>How long a supervisor waits before restarting its worker.</summary>
public enum RestartPolicy
{
    /// <summary>Restart at once, with no delay.</summary>
    Immediate = 0,

    /// <summary>Wait <see cref="SupervisedAttribute.RestartDelayMs"/> before every restart.</summary>
    Fixed = 1,

    /// <summary>
    /// Wait <see cref="SupervisedAttribute.RestartDelayMs"/> after the first failure and twice as long
    /// after each further consecutive failure, up to <see cref="SupervisedAttribute.MaxDelayMs"/>.
    /// A run that completes without failing starts the sequence again.
    /// </summary>
    Backoff = 2,
}

using System;

namespace Supervise;

/// <summary>
/// Thrown by <see cref="Supervisor.RunAsync"/> (and reported by <see cref="Supervisor.StopAsync"/>)
/// when a supervisor stops restarting its worker without being asked to. The worker's last failure
/// is the <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class SupervisorGaveUpException : Exception
{
    /// <summary>Creates the exception for the supervisor <paramref name="supervisorName"/>.</summary>
    /// <param name="supervisorName">The name of the supervisor that gave up.</param>
    /// <param name="reason">Why it gave up.</param>
    /// <param name="restartCount">How many restarts it had made.</param>
    /// <param name="lastFailure">The worker's last failure, if any.</param>
    public SupervisorGaveUpException(string supervisorName, GiveUpReason reason, int restartCount, Exception? lastFailure)
        : base(FormatMessage(supervisorName, reason, restartCount, lastFailure), lastFailure)
    {
        SupervisorName = supervisorName;
        Reason = reason;
        RestartCount = restartCount;
    }

    /// <summary>The name of the supervisor that gave up.</summary>
    public string SupervisorName { get; }

    /// <summary>Why it gave up.</summary>
    public GiveUpReason Reason { get; }

    /// <summary>How many restarts the supervisor had made when it gave up.</summary>
    public int RestartCount { get; }

    private static string FormatMessage(string name, GiveUpReason reason, int restartCount, Exception? lastFailure)
    {
        var why = reason switch
        {
            GiveUpReason.FailedWithoutRestart => "the worker failed and its restart mode does not restart after a failure",
            GiveUpReason.SupervisionFailed => "the supervision loop itself failed",
            GiveUpReason.RestartLimitExceeded => "the worker needed more restarts than its limit allows",
            GiveUpReason.StoppingException => "the worker failed with an exception that stops supervision",
            _ => reason.ToString(),
        };
        var last = lastFailure is null ? string.Empty : $" Last failure: {lastFailure.GetType().Name}: {lastFailure.Message}";
        return $"Supervisor '{name}' gave up after {restartCount} restart(s): {why}.{last}";
    }
}

using System;

namespace Supervise.Hosting;

/// <summary>A worker's most recent failure, as a <see cref="SupervisorSnapshot"/> records it: plain text, no exception object kept alive.</summary>
public sealed class SupervisorFailureSnapshot
{
    internal SupervisorFailureSnapshot(string type, string message, DateTimeOffset at)
    {
        Type = type;
        Message = message;
        At = at;
    }

    /// <summary>The full name of the exception's type, e.g. <c>System.TimeoutException</c>.</summary>
    public string Type { get; }

    /// <summary>The exception's message, as the worker wrote it (not escaped: encode it for wherever it is shown).</summary>
    public string Message { get; }

    /// <summary>When the run failed (UTC, by the supervisor's clock).</summary>
    public DateTimeOffset At { get; }
}

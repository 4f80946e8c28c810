using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

namespace Supervise.Hosting;

/// <summary>
/// The logger a hosted supervisor writes to: passes every line on, and reads the delay out of the
/// supervisor's "restarting in N ms" line, because the runtime exposes no next-restart time yet.
/// </summary>
internal sealed class RestartObservingLogger : ILogger
{
    // SupervisorLog.Restarting in src/Supervise: "Restarting worker {Supervisor} in {DelayMs} ms (attempt {Attempt})."
    private const int RestartingEventId = 4;
    private const string RestartingEventName = "WorkerRestarting";
    private const string DelayKey = "DelayMs";
    private const LogLevel RestartingLevel = LogLevel.Information;

    private readonly Action<TimeSpan> _onRestartScheduled;

    public RestartObservingLogger(ILogger inner, Action<TimeSpan> onRestartScheduled)
    {
        Inner = inner;
        _onRestartScheduled = onRestartScheduled;
    }

    /// <summary>Where the lines go.</summary>
    public ILogger Inner { get; }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => Inner.BeginScope(state);

    // The restarting line must reach Log even when the real logger filters it out.
    public bool IsEnabled(LogLevel logLevel) => logLevel == RestartingLevel || Inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (eventId.Id == RestartingEventId && eventId.Name == RestartingEventName && TryReadDelay(state, out var delay))
        {
            _onRestartScheduled(delay);
        }

        if (Inner.IsEnabled(logLevel))
        {
            Inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }

    private static bool TryReadDelay<TState>(TState state, out TimeSpan delay)
    {
        if (state is IReadOnlyList<KeyValuePair<string, object?>> values)
        {
            foreach (var value in values)
            {
                if (value.Key == DelayKey && value.Value is long milliseconds)
                {
                    delay = TimeSpan.FromMilliseconds(milliseconds);
                    return true;
                }
            }
        }

        delay = default;
        return false;
    }
}

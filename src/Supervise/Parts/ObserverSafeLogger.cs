using System;
using Microsoft.Extensions.Logging;

namespace Supervise;

/// <summary>
/// The user's logger behind a guard: a logger that throws loses that line, and supervision goes on.
/// A logger is an observer, and an observer never breaks, hangs or crashes supervision.
/// </summary>
internal sealed class ObserverSafeLogger : ILogger
{
    private readonly ILogger _inner;

    public ObserverSafeLogger(ILogger inner)
    {
        _inner = inner;
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
    {
        try
        {
            return _inner.BeginScope(state);
        }
        catch (Exception)
        {
            return null;
        }
    }

    public bool IsEnabled(LogLevel logLevel)
    {
        try
        {
            return _inner.IsEnabled(logLevel);
        }
        catch (Exception)
        {
            return false;
        }
    }

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        try
        {
            _inner.Log(logLevel, eventId, state, exception, formatter);
        }
        catch (Exception)
        {
            // Nowhere left to say it: the logger is what failed.
        }
    }
}

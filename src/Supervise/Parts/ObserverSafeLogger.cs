using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

namespace Supervise;

/// <summary>
/// The user's logger behind a guard: a logger that throws loses that line, and supervision goes on.
/// A logger is an observer, and an observer never breaks, hangs or crashes supervision. For a keyed
/// child of a <see cref="SupervisorSet{TKey}"/>, every line is written in a scope holding its key.
/// </summary>
internal sealed class ObserverSafeLogger : ILogger
{
    /// <summary>The field of a keyed child's key, in the scope of each of its log lines.</summary>
    public const string KeyField = "SupervisorKey";

    private readonly ILogger _inner;
    private readonly KeyValuePair<string, object?>[]? _keyScope;

    public ObserverSafeLogger(ILogger inner, string? key)
    {
        _inner = inner;
        _keyScope = key is null ? null : new[] { new KeyValuePair<string, object?>(KeyField, key) };
    }

    /// <summary>The logger as the user set it.</summary>
    public ILogger Inner => _inner;

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
            if (_keyScope is null)
            {
                _inner.Log(logLevel, eventId, state, exception, formatter);
                return;
            }

            using (_inner.BeginScope(_keyScope))
            {
                _inner.Log(logLevel, eventId, state, exception, formatter);
            }
        }
        catch (Exception)
        {
            // Nowhere left to say it: the logger is what failed.
        }
    }
}

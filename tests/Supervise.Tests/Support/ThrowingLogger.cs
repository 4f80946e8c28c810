using Microsoft.Extensions.Logging;

namespace Supervise.Tests.Support;

/// <summary>A logger that throws on every call, as a broken logging provider does.</summary>
public sealed class ThrowingLogger : ILogger
{
    public int Calls;

    public IDisposable BeginScope<TState>(TState state)
        where TState : notnull => throw new InvalidOperationException("the logging provider is broken");

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        Interlocked.Increment(ref Calls);
        throw new InvalidOperationException("the logging provider is broken");
    }
}

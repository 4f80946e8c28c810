using System;
using System.Threading;
using System.Threading.Tasks;

namespace Supervise;

/// <summary>A delay on a <see cref="TimeProvider"/>, on every target (net8.0 has it built in; netstandard2.0 has the polyfill's).</summary>
internal static class TimeProviderDelay
{
    public static Task Delay(TimeProvider timeProvider, TimeSpan delay, CancellationToken cancellationToken) =>
#if NET8_0_OR_GREATER
        Task.Delay(delay, timeProvider, cancellationToken);
#else
        timeProvider.Delay(delay, cancellationToken);
#endif
}

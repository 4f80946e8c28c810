using System;
using System.Threading;
using System.Threading.Tasks;

namespace Supervise;

/// <summary>Delays and timeouts on a <see cref="TimeProvider"/>, on every target (net8.0 has them built in; netstandard2.0 has the polyfill's).</summary>
internal static class TimeProviderDelay
{
    public static Task Delay(TimeProvider timeProvider, TimeSpan delay, CancellationToken cancellationToken) =>
#if NET8_0_OR_GREATER
        Task.Delay(delay, timeProvider, cancellationToken);
#else
        timeProvider.Delay(delay, cancellationToken);
#endif

    /// <summary>Waits for <paramref name="task"/> for at most <paramref name="timeout"/>; the timer is released as soon as the task completes.</summary>
    /// <exception cref="TimeoutException">The timeout passed first.</exception>
    public static Task WaitAsync(Task task, TimeSpan timeout, TimeProvider timeProvider) =>
#if NET8_0_OR_GREATER
        task.WaitAsync(timeout, timeProvider);
#else
        TimeProviderTaskExtensions.WaitAsync(task, timeout, timeProvider);
#endif
}

using System;

namespace Supervise;

/// <summary>
/// Monotonic timestamps for run bookkeeping (uptime, run durations, restart windows, heartbeats).
/// With <see cref="TimeProvider.System"/> it reads the coarse millisecond tick count, a fraction of
/// the cost of a high-resolution read on every run, and run times need no finer grain; with any
/// other provider (a fake clock in tests) it uses the provider's own timestamps.
/// </summary>
internal readonly struct RunClock
{
    private readonly TimeProvider? _provider;

    private RunClock(TimeProvider? provider)
    {
        _provider = provider;
    }

    /// <summary>Timestamp ticks per second.</summary>
    public long Frequency => _provider?.TimestampFrequency ?? 1_000;

    public static RunClock For(TimeProvider provider) =>
#if NETCOREAPP3_0_OR_GREATER
        new(ReferenceEquals(provider, TimeProvider.System) ? null : provider);
#else
        new(provider);
#endif

    public long Now() =>
#if NETCOREAPP3_0_OR_GREATER
        _provider?.GetTimestamp() ?? Environment.TickCount64;
#else
        _provider!.GetTimestamp();
#endif

    public TimeSpan Elapsed(long start) =>
#if NETCOREAPP3_0_OR_GREATER
        _provider is null ? TimeSpan.FromMilliseconds(Environment.TickCount64 - start) : _provider.GetElapsedTime(start);
#else
        _provider!.GetElapsedTime(start);
#endif
}

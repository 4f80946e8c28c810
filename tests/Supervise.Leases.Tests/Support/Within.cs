using System.Diagnostics;

namespace Supervise.Leases.Tests.Support;

/// <summary>
/// Waits for what a real server or another process does, with a deadline, so a bug fails the test
/// instead of hanging it. Never used to let time pass for its own sake.
/// </summary>
internal static class Within
{
    /// <summary>The ceiling for anything a healthy local server does.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    /// <summary>Completes when <paramref name="token"/> is cancelled; fails after the deadline.</summary>
    public static async Task<TimeSpan> CancelledAsync(CancellationToken token, string what, TimeSpan? deadline = null)
    {
        var clock = Stopwatch.StartNew();
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = token.Register(() => cancelled.TrySetResult());
        try
        {
            await cancelled.Task.WaitAsync(deadline ?? Deadline);
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"{what} did not happen within {(deadline ?? Deadline).TotalSeconds:0} s.");
        }

        return clock.Elapsed;
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails after the deadline.</summary>
    public static async Task PollAsync(Func<Task<bool>> condition, string what, TimeSpan? deadline = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > (deadline ?? Deadline))
            {
                throw new Xunit.Sdk.XunitException($"{what} did not happen within {(deadline ?? Deadline).TotalSeconds:0} s.");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Awaits <paramref name="task"/>; fails after the deadline.</summary>
    public static async Task<T> ResultAsync<T>(Task<T> task, string what, TimeSpan? deadline = null)
    {
        try
        {
            return await task.WaitAsync(deadline ?? Deadline);
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"{what} did not finish within {(deadline ?? Deadline).TotalSeconds:0} s.");
        }
    }
}

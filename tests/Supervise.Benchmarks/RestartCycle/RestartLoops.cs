using Polly;
using Polly.Retry;

namespace Supervise.Benchmarks.RestartCycle;

/// <summary>The two baselines a user would compare the generated loop with.</summary>
internal static class RestartLoops
{
    /// <summary>
    /// Polly.Core's retry, configured to call the same callback forever with no delay: every outcome,
    /// success or failure, is handled (retried) until the token is cancelled.
    /// </summary>
    public static readonly ResiliencePipeline RetryForever = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = int.MaxValue,
            Delay = TimeSpan.Zero,
            BackoffType = DelayBackoffType.Constant,
            UseJitter = false,
            ShouldHandle = arguments => new ValueTask<bool>(!arguments.Context.CancellationToken.IsCancellationRequested),
        })
        .Build();

    /// <summary>Runs a Polly execution to its end; the last outcome (a failure, or the stop) is the benchmark's to ignore.</summary>
    public static async Task RunPollyAsync(Func<CycleWorkers, CancellationToken, ValueTask> callback, CycleWorkers workers, CancellationToken token)
    {
        try
        {
            await RetryForever.ExecuteAsync(static (state, token) => state.Callback(state.Workers, token), (Callback: callback, Workers: workers), token).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The final attempt's failure or the cancellation: both end the run being measured.
        }
    }
}

using Supervise;

namespace SeedDemo;

/// <summary>
/// The classic scenario: a worker that works for 400–1600 ms and then fails with probability 0.6
/// (otherwise it completes), restarted 500 ms after every exit.
/// </summary>
public sealed partial class FlakyWorker
{
    private const double FailureProbability = 0.6;
    private readonly Random _random;
    private readonly TextWriter _output;
    private int _run;

    public FlakyWorker(Random random, TextWriter output)
    {
        _random = random;
        _output = output;
    }

    [Supervised(RestartDelayMs = 500, Name = "flaky-worker")]
    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        var run = Interlocked.Increment(ref _run);
        var workMs = _random.Next(400, 1601);
        _output.WriteLine($"[{Clock.Now}] run {run}: started, working for {workMs} ms");

        await Task.Delay(workMs, stoppingToken);

        if (_random.NextDouble() < FailureProbability)
        {
            _output.WriteLine($"[{Clock.Now}] run {run}: failed");
            throw new InvalidOperationException($"Run {run} failed at random.");
        }

        _output.WriteLine($"[{Clock.Now}] run {run}: completed");
    }
}

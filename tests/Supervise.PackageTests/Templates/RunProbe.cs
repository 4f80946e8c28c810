namespace TemplateWorker;

// Added by Supervise.PackageTests to the output of `dotnet new worker`: numbers each run of ExecuteAsync,
// logs how many run at once, and makes the first FAIL_FIRST_RUNS runs throw, so the test can read
// restarts and overlap from the app's log.
public sealed class RunProbe : IDisposable
{
    private static int _runs;
    private static int _running;
    private readonly ILogger _logger;
    private readonly int _run;

    private RunProbe(ILogger logger, int run)
    {
        _logger = logger;
        _run = run;
    }

    public static RunProbe Begin(ILogger logger)
    {
        var run = Interlocked.Increment(ref _runs);
        var running = Interlocked.Increment(ref _running);
        logger.LogInformation("probe: run {Run} started ({Running} running)", run, running);
        if (run <= int.Parse(Environment.GetEnvironmentVariable("FAIL_FIRST_RUNS") ?? "0", System.Globalization.CultureInfo.InvariantCulture))
        {
            Interlocked.Decrement(ref _running);
            logger.LogInformation("probe: run {Run} fails on purpose", run);
            throw new InvalidOperationException($"injected failure of run {run}");
        }

        return new RunProbe(logger, run);
    }

    public void Dispose()
    {
        Interlocked.Decrement(ref _running);
        _logger.LogInformation("probe: run {Run} ended", _run);
    }
}

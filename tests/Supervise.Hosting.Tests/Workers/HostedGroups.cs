namespace Supervise.Hosting.Tests.Workers;

// Supervision groups run by test hosts; each child hands its runs to a WorkerScript the test drives.

/// <summary>
/// Connect then Consume, RestForOne, restarted at once; one group restart in its lifetime, so the
/// second failure makes it give up. Consume gives up on an <see cref="InvalidDataException"/>, and so its group.
/// </summary>
[SupervisionGroup(Strategy = SupervisionStrategy.RestForOne, MaxRestarts = 1, RestartWindowMs = 0)]
public sealed partial class Ingest(IngestScripts scripts)
{
    [Supervised(Policy = RestartPolicy.Immediate)]
    private Task ConnectAsync(CancellationToken stoppingToken) => scripts.Connect.RunAsync(stoppingToken);

    [Supervised(Policy = RestartPolicy.Immediate, StopOn = new[] { typeof(InvalidDataException) })]
    private Task ConsumeAsync(CancellationToken stoppingToken) => scripts.Consume.RunAsync(stoppingToken);
}

public sealed class IngestScripts
{
    public WorkerScript Connect { get; } = new();

    public WorkerScript Consume { get; } = new();
}

/// <summary>A job: the group ends by itself once its significant Import is done; Progress runs beside it until then.</summary>
[SupervisionGroup(AutoShutdown = AutoShutdown.AnySignificant)]
public sealed partial class ImportJob(IngestScripts scripts)
{
    [Supervised(Restart = RestartMode.OnFailure, Significant = true)]
    private Task ImportAsync(CancellationToken stoppingToken) => scripts.Connect.RunAsync(stoppingToken);

    [Supervised]
    private Task ProgressAsync(CancellationToken stoppingToken) => scripts.Consume.RunAsync(stoppingToken);
}

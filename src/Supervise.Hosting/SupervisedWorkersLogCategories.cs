namespace Supervise.Hosting;

/// <summary>
/// The logger categories of hosted supervision, for log filters: a filter on <c>Supervise</c> covers them all.
/// Filters match a category and every category under it, so a filter on <see cref="Supervisor"/> covers every worker.
/// </summary>
/// <example>
/// <code>
/// builder.Logging.AddFilter(SupervisedWorkersLogCategories.Supervisor, LogLevel.Warning);                             // every worker...
/// builder.Logging.AddFilter(SupervisedWorkersLogCategories.ForWorker(QueuePump.PumpWorkerName), LogLevel.Debug);   // ...but this one
/// </code>
/// </example>
public static class SupervisedWorkersLogCategories
{
    /// <summary>
    /// The parent category of every supervisor's own lines (worker started, failed, restarting, gave up, unstopped...):
    /// each worker logs under <see cref="ForWorker"/> of its name, below this one. Supervisors whose
    /// <see cref="Supervisor.Logger"/> was set before the host started keep that logger.
    /// </summary>
    public const string Supervisor = "Supervise.Supervisor";

    /// <summary>The category a hosted worker's supervisor logs under: <c>Supervise.Supervisor.</c> and its <see cref="Supervisor.Name"/>, e.g. <c>Supervise.Supervisor.QueuePump.Pump</c>.</summary>
    /// <param name="supervisorName">The worker's <see cref="Supervisor.Name"/> (the generated <c>&lt;Method&gt;WorkerName</c> constant).</param>
    /// <returns>The category, to filter its log level by.</returns>
    public static string ForWorker(string supervisorName) => Supervisor + "." + supervisorName;

    /// <summary>The category of the host integration's lines: escalations, workers Unstopped at shutdown, configuration warnings.</summary>
    public const string Hosting = "Supervise.Hosting";
}

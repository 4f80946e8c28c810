namespace Supervise.Hosting;

/// <summary>
/// The logger categories of hosted supervision, for log filters: a filter on <c>Supervise</c> covers both.
/// </summary>
/// <example>
/// <code>builder.Logging.AddFilter(SupervisedWorkersLogCategories.Supervisor, LogLevel.Warning);</code>
/// </example>
public static class SupervisedWorkersLogCategories
{
    /// <summary>
    /// The category of every supervisor's own lines (worker started, failed, restarting, gave up, unstopped...),
    /// each naming its worker. Supervisors whose <see cref="Supervisor.Logger"/> was set before the host
    /// started keep that logger.
    /// </summary>
    public const string Supervisor = "Supervise.Supervisor";

    /// <summary>The category of the host integration's lines: escalations, workers Unstopped at shutdown, configuration warnings.</summary>
    public const string Hosting = "Supervise.Hosting";
}

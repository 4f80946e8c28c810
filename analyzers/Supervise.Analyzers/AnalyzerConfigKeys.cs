namespace Supervise.Analyzers;

/// <summary>The <c>.editorconfig</c> keys the analyzers read, besides the usual <c>dotnet_diagnostic.SUPnnn.severity</c>.</summary>
internal static class AnalyzerConfigKeys
{
    /// <summary>
    /// <c>supervise.analyze_background_services = false</c> stops the worker rules (SUP100–SUP107) from
    /// checking <c>BackgroundService.ExecuteAsync</c> overrides; <c>[Supervised]</c> methods are always checked.
    /// </summary>
    public const string AnalyzeBackgroundServices = "supervise.analyze_background_services";

    /// <summary>
    /// <c>supervise.worker_methods = Quartz.IJob.Execute; MyApp.JobBase.RunAsync</c>: interface or base methods (full
    /// names, separated by <c>;</c> or <c>,</c>) whose implementations and overrides the worker rules check as workers.
    /// </summary>
    public const string WorkerMethods = "supervise.worker_methods";

    /// <summary>
    /// <c>supervise.stop_token = Quartz.IJobExecutionContext.CancellationToken</c>: members (full names, separated by
    /// <c>;</c> or <c>,</c>) that give a configured worker's stop token from one of its parameters.
    /// </summary>
    public const string StopToken = "supervise.stop_token";
}

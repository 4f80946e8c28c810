namespace Supervise.Analyzers;

/// <summary>The <c>.editorconfig</c> keys the analyzers read, besides the usual <c>dotnet_diagnostic.SUPnnn.severity</c>.</summary>
internal static class AnalyzerConfigKeys
{
    /// <summary>
    /// <c>supervise.analyze_background_services = false</c> stops the worker rules (SUP100–SUP107) from
    /// checking <c>BackgroundService.ExecuteAsync</c> overrides; <c>[Supervised]</c> methods are always checked.
    /// </summary>
    public const string AnalyzeBackgroundServices = "supervise.analyze_background_services";
}

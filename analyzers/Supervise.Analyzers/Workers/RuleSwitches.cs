namespace Supervise.Analyzers.Workers;

/// <summary>
/// Which rules a file has on, as the worker rules ask it: a rule that stands for a root cause reports it once,
/// and the rules that would repeat it stay quiet only while that rule is on. Made once per file.
/// </summary>
internal sealed class RuleSwitches
{
    private readonly HashSet<string> _on;

    public RuleSwitches(ImmutableArray<WorkerRule> enabledWorkerRules, bool unsupportedSignatureOn, bool asyncVoidCallbackOn = false)
    {
        _on = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var rule in enabledWorkerRules)
        {
            _on.Add(rule.Descriptor.Id);
        }

        if (unsupportedSignatureOn)
        {
            _on.Add(DiagnosticIds.UnsupportedWorkerSignature);
        }

        if (asyncVoidCallbackOn)
        {
            _on.Add(DiagnosticIds.AsyncVoidCallback);
        }
    }

    public bool IsOn(string id) => _on.Contains(id);
}

namespace Supervise.Generators.Model;

/// <summary>The constants of a worker's <c>[Supervised]</c> attribute, defaults filled in.</summary>
internal sealed record WorkerOptions(
    int RestartDelayMs,
    PolicyKind Policy,
    int MaxDelayMs,
    RestartKind Restart,
    int ShutdownTimeoutMs,
    string? Name)
{
    public static WorkerOptions Default { get; } = new(
        AttributeDefaults.RestartDelayMs,
        AttributeDefaults.Policy,
        AttributeDefaults.MaxDelayMs,
        AttributeDefaults.Restart,
        AttributeDefaults.ShutdownTimeoutMs,
        Name: null);
}

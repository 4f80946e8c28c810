namespace Supervise.Generators.Model;

/// <summary>The constants of a type's <c>[SupervisionGroup]</c> attribute, defaults filled in: its instance workers are the group's children.</summary>
/// <param name="Name">The group's name, as written, or null for the type's name.</param>
/// <param name="Strategy">The <c>SupervisionStrategy</c> value.</param>
/// <param name="MaxRestarts">The group's restart limit; -1 for none.</param>
/// <param name="RestartWindowMs">Its window; 0 for the group's whole run.</param>
/// <param name="AutoShutdown">The <c>AutoShutdown</c> value.</param>
internal sealed record SupervisionGroupInfo(string? Name, int Strategy, int MaxRestarts, int RestartWindowMs, int AutoShutdown)
{
    public static SupervisionGroupInfo Default { get; } = new(Name: null, Strategy: 0, MaxRestarts: 3, RestartWindowMs: 5_000, AutoShutdown: 0);
}

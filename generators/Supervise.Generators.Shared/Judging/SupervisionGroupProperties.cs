namespace Supervise.Generators.Judging;

/// <summary>The names of <c>SupervisionGroupAttribute</c>'s properties, as its named arguments spell them.</summary>
internal static class SupervisionGroupProperties
{
    public const string Strategy = nameof(Strategy);
    public const string MaxRestarts = nameof(MaxRestarts);
    public const string RestartWindowMs = nameof(RestartWindowMs);
    public const string AutoShutdown = nameof(AutoShutdown);
    public const string Name = nameof(Name);
}

namespace Supervise.Generators;

/// <summary>Names of the generator's pipeline steps, so tests can assert what was cached.</summary>
internal static class TrackingNames
{
    public const string Workers = nameof(Workers);
    public const string ValidWorkers = nameof(ValidWorkers);
    public const string SupervisedTypes = nameof(SupervisedTypes);
}

namespace Supervise.Generators.Model;

/// <summary>The generator's copy of <c>Supervise.RestartPolicy</c>; the values must match (a test checks).</summary>
internal enum PolicyKind
{
    Immediate = 0,
    Fixed = 1,
    Backoff = 2,
}

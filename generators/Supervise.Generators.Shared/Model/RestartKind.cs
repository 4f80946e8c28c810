namespace Supervise.Generators.Model;

/// <summary>The generator's copy of <c>Supervise.RestartMode</c>; the values must match (a test checks).</summary>
internal enum RestartKind
{
    Always = 0,
    OnFailure = 1,
    Never = 2,
}

namespace Supervise.Generators.Model;

/// <summary>What a worker takes, which decides what the loop passes it.</summary>
internal enum WorkerParameterKind
{
    None,
    CancellationToken,
}

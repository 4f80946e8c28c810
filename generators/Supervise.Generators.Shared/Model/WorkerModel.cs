namespace Supervise.Generators.Model;

/// <summary>Everything the emitter needs to write one worker's supervisor; holds no Roslyn objects.</summary>
/// <param name="Type">The partial type that holds the worker.</param>
/// <param name="MethodName">The worker method's name as code (keywords escaped).</param>
/// <param name="Names">The names of the members generated for it.</param>
/// <param name="IsStatic">Whether the worker, and so its supervisor property, is static.</param>
/// <param name="ReturnKind">What the worker returns.</param>
/// <param name="ParameterKind">What the worker takes.</param>
/// <param name="SupervisorName">The supervisor's name in logs and metrics.</param>
/// <param name="Options">The attribute's constants.</param>
/// <param name="IsObsolete">Whether the worker is marked <c>[Obsolete]</c>, so its caller must be too.</param>
/// <param name="Keys">The parameters before its token and context; with any, it is supervised once per argument by a <c>SupervisorSet</c>.</param>
/// <param name="ExecutesBackgroundService">Whether it is a <c>BackgroundService</c>'s <c>ExecuteAsync</c>, whose start and stop the generator writes.</param>
/// <param name="FilePath">The file it is declared in, which orders a group's children across files (see <c>GroupChildren</c>).</param>
internal sealed record WorkerModel(
    ContainingTypeModel Type,
    string MethodName,
    GeneratedNames Names,
    bool IsStatic,
    WorkerReturnKind ReturnKind,
    WorkerParameterKind ParameterKind,
    string SupervisorName,
    WorkerOptions Options,
    bool IsObsolete,
    EquatableArray<KeyParameterInfo> Keys,
    bool ExecutesBackgroundService,
    string FilePath)
{
    /// <summary>Whether the worker takes keys, and so gets a set of supervisors.</summary>
    public bool IsKeyed => Keys.Count > 0;
}

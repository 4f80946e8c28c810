namespace Supervise.Generators.Judging;

/// <summary>Why a method marked <c>[Supervised]</c> cannot be supervised as it is written.</summary>
internal enum WorkerShapeProblem
{
    None,
    NotAnOrdinaryMethod,
    Generic,
    Abstract,
    Extern,
    PartialWithoutBody,
    AsyncVoid,
    ReturnsByRef,
    ReturnType,
    Parameters,
    UnsupportedContainingType,
    InstanceWorkerInStruct,
    InstanceWorkerInRecord,

    /// <summary>A parameter before the token is <c>ref</c>, <c>out</c> or <c>in</c>: a key is a value the supervisor keeps.</summary>
    KeyPassedByReference,

    /// <summary>A parameter before the token is a pointer or a ref struct, which no supervisor can keep between runs.</summary>
    KeyCannotBeKept,

    /// <summary>A <c>params</c> parameter.</summary>
    ParamsParameter,

    /// <summary>A parameter's type is a type parameter or a nullable value type, which cannot key a set.</summary>
    KeyTypeNotAKey,

    /// <summary>A <c>CancellationToken</c> or <c>SupervisionContext</c> comes before another parameter: they come last.</summary>
    TokenBeforeKey,

    /// <summary>An <c>ExecuteAsync</c> override in a class that also overrides <c>StartAsync</c>, <c>StopAsync</c> or <c>ExecuteTask</c>, which the generator writes.</summary>
    BackgroundServiceLifecycleOverridden,
}

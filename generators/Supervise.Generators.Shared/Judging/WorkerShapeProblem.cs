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
}

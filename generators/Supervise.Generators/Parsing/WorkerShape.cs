using Microsoft.CodeAnalysis;
using Supervise.Generators.Model;

namespace Supervise.Generators.Parsing;

/// <summary>
/// The signature of a worker as the loop sees it: what it returns and what it takes, or the first
/// reason it cannot be supervised.
/// </summary>
internal readonly struct WorkerShape
{
    private WorkerShape(WorkerReturnKind returnKind, WorkerParameterKind parameterKind, WorkerShapeProblem problem)
    {
        ReturnKind = returnKind;
        ParameterKind = parameterKind;
        Problem = problem;
    }

    public WorkerReturnKind ReturnKind { get; }

    public WorkerParameterKind ParameterKind { get; }

    public WorkerShapeProblem Problem { get; }

    public static WorkerShape Of(IMethodSymbol method)
    {
        var problem = FindDeclarationProblem(method);
        if (problem != WorkerShapeProblem.None)
        {
            return Unsupported(problem);
        }

        WorkerReturnKind returnKind;
        if (method.ReturnsVoid)
        {
            returnKind = WorkerReturnKind.Void;
        }
        else if (KnownTypes.IsTask(method.ReturnType))
        {
            returnKind = WorkerReturnKind.Task;
        }
        else if (KnownTypes.IsValueTask(method.ReturnType))
        {
            returnKind = WorkerReturnKind.ValueTask;
        }
        else
        {
            return Unsupported(WorkerShapeProblem.ReturnType);
        }

        var parameters = method.Parameters;
        if (parameters.Length == 0)
        {
            return new WorkerShape(returnKind, WorkerParameterKind.None, WorkerShapeProblem.None);
        }

        if (parameters.Length == 1 && parameters[0] is { RefKind: RefKind.None, IsParams: false } token && KnownTypes.IsCancellationToken(token.Type))
        {
            return new WorkerShape(returnKind, WorkerParameterKind.CancellationToken, WorkerShapeProblem.None);
        }

        return Unsupported(WorkerShapeProblem.Parameters);
    }

    private static WorkerShapeProblem FindDeclarationProblem(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary)
        {
            return WorkerShapeProblem.NotAnOrdinaryMethod;
        }

        if (method.IsGenericMethod)
        {
            return WorkerShapeProblem.Generic;
        }

        if (method.IsAbstract)
        {
            return WorkerShapeProblem.Abstract;
        }

        if (method.IsExtern)
        {
            return WorkerShapeProblem.Extern;
        }

        if (method.IsPartialDefinition && method.PartialImplementationPart is null)
        {
            return WorkerShapeProblem.PartialWithoutBody;
        }

        if (method.IsAsync && method.ReturnsVoid)
        {
            return WorkerShapeProblem.AsyncVoid;
        }

        if (method.ReturnsByRef || method.ReturnsByRefReadonly)
        {
            return WorkerShapeProblem.ReturnsByRef;
        }

        var type = method.ContainingType;
        if (type is null || type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.IsRefLikeType || type.IsFileLocal)
        {
            return WorkerShapeProblem.UnsupportedContainingType;
        }

        if (!method.IsStatic && type.IsValueType)
        {
            // The supervisor would hold a copy of the struct, not the value the caller sees.
            return WorkerShapeProblem.InstanceWorkerInStruct;
        }

        if (!method.IsStatic && type.IsRecord)
        {
            // The supervisor would take part in the record's value equality and ToString.
            return WorkerShapeProblem.InstanceWorkerInRecord;
        }

        return WorkerShapeProblem.None;
    }

    private static WorkerShape Unsupported(WorkerShapeProblem problem) => new(default, default, problem);
}

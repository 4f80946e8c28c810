using System.Collections.Immutable;
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

    /// <summary>Whether the worker takes a <c>SupervisionContext</c>, and so can send heartbeats.</summary>
    public bool TakesContext => ParameterKind is WorkerParameterKind.Context or WorkerParameterKind.TokenAndContext or WorkerParameterKind.ContextAndToken;

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

        var parameterKind = ParameterKindOf(method.Parameters);
        return parameterKind is { } kind
            ? new WorkerShape(returnKind, kind, WorkerShapeProblem.None)
            : Unsupported(WorkerShapeProblem.Parameters);
    }

    /// <summary>The worker's parameters as a kind: none, a token, a context, or both in either order; null otherwise.</summary>
    private static WorkerParameterKind? ParameterKindOf(ImmutableArray<IParameterSymbol> parameters)
    {
        foreach (var parameter in parameters)
        {
            if (parameter.RefKind != RefKind.None || parameter.IsParams)
            {
                return null;
            }
        }

        return parameters.Length switch
        {
            0 => WorkerParameterKind.None,
            1 when KnownTypes.IsCancellationToken(parameters[0].Type) => WorkerParameterKind.Token,
            1 when KnownTypes.IsSupervisionContext(parameters[0].Type) => WorkerParameterKind.Context,
            2 when KnownTypes.IsCancellationToken(parameters[0].Type) && KnownTypes.IsSupervisionContext(parameters[1].Type) => WorkerParameterKind.TokenAndContext,
            2 when KnownTypes.IsSupervisionContext(parameters[0].Type) && KnownTypes.IsCancellationToken(parameters[1].Type) => WorkerParameterKind.ContextAndToken,
            _ => null,
        };
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

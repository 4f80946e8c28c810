using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Supervise.Generators.Model;

namespace Supervise.Generators.Judging;

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

    public static WorkerShape Of(IMethodSymbol method, WellKnownTypes types)
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
        else if (WellKnownTypes.Is(method.ReturnType, types.Task))
        {
            returnKind = WorkerReturnKind.Task;
        }
        else if (WellKnownTypes.Is(method.ReturnType, types.ValueTask))
        {
            returnKind = WorkerReturnKind.ValueTask;
        }
        else
        {
            return Unsupported(WorkerShapeProblem.ReturnType);
        }

        var parameterKind = ParameterKindOf(method.Parameters, types);
        return parameterKind is { } kind
            ? new WorkerShape(returnKind, kind, WorkerShapeProblem.None)
            : Unsupported(WorkerShapeProblem.Parameters);
    }

    /// <summary>The worker's parameters as a kind: none, a token, a context, or both in either order; null otherwise.</summary>
    private static WorkerParameterKind? ParameterKindOf(ImmutableArray<IParameterSymbol> parameters, WellKnownTypes types)
    {
        foreach (var parameter in parameters)
        {
            if (parameter.RefKind != RefKind.None || parameter.IsParams)
            {
                return null;
            }
        }

        bool IsToken(int index) => WellKnownTypes.Is(parameters[index].Type, types.CancellationToken);
        bool IsContext(int index) => WellKnownTypes.Is(parameters[index].Type, types.SupervisionContext);
        return parameters.Length switch
        {
            0 => WorkerParameterKind.None,
            1 when IsToken(0) => WorkerParameterKind.Token,
            1 when IsContext(0) => WorkerParameterKind.Context,
            2 when IsToken(0) && IsContext(1) => WorkerParameterKind.TokenAndContext,
            2 when IsContext(0) && IsToken(1) => WorkerParameterKind.ContextAndToken,
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

    /// <summary>Whether any parameter is a <c>SupervisionContext</c>: what the option rules ask of a worker whose signature is wrong anyway.</summary>
    public static bool HasContextParameter(IMethodSymbol method, WellKnownTypes types)
    {
        foreach (var parameter in method.Parameters)
        {
            if (WellKnownTypes.Is(parameter.Type, types.SupervisionContext))
            {
                return true;
            }
        }

        return false;
    }

    private static WorkerShape Unsupported(WorkerShapeProblem problem) => new(default, default, problem);
}

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
    private WorkerShape(WorkerReturnKind returnKind, WorkerParameterKind parameterKind, EquatableArray<KeyParameterInfo> keys, bool executesBackgroundService, WorkerShapeProblem problem)
    {
        ReturnKind = returnKind;
        ParameterKind = parameterKind;
        Keys = keys;
        ExecutesBackgroundService = executesBackgroundService;
        Problem = problem;
    }

    public WorkerReturnKind ReturnKind { get; }

    /// <summary>What the worker takes after its keys: nothing, a token, a context, or both.</summary>
    public WorkerParameterKind ParameterKind { get; }

    /// <summary>The parameters before the token and context: a worker with any is supervised once per distinct argument, by a <c>SupervisorSet</c>.</summary>
    public EquatableArray<KeyParameterInfo> Keys { get; }

    /// <summary>Whether the worker is a <c>BackgroundService</c>'s <c>ExecuteAsync</c>: the generator then writes its start and stop.</summary>
    public bool ExecutesBackgroundService { get; }

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

        var returnKind = ReturnKindOf(method.ReturnType, method.ReturnsVoid, types);
        if (returnKind is null)
        {
            return Unsupported(WorkerShapeProblem.ReturnType);
        }

        var executesBackgroundService = OverridesExecuteAsync(method, types);
        if (executesBackgroundService && OverridesLifecycle(method.ContainingType, types))
        {
            return Unsupported(WorkerShapeProblem.BackgroundServiceLifecycleOverridden);
        }

        var parameters = method.Parameters;
        var tail = TailOf(parameters, types, out var parameterKind);
        var keys = new KeyParameterInfo[parameters.Length - tail];
        for (var i = 0; i < keys.Length; i++)
        {
            var parameter = parameters[i];
            var keyProblem = FindKeyProblem(parameter, types);
            if (keyProblem != WorkerShapeProblem.None)
            {
                return Unsupported(keyProblem);
            }

            keys[i] = new KeyParameterInfo(
                parameter.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                Identifiers.Escape(parameter.Name));
        }

        for (var i = parameters.Length - tail; i < parameters.Length; i++)
        {
            if (parameters[i].RefKind != RefKind.None || parameters[i].IsParams)
            {
                return Unsupported(WorkerShapeProblem.Parameters);
            }
        }

        return new WorkerShape(returnKind.Value, parameterKind, new EquatableArray<KeyParameterInfo>(keys), executesBackgroundService, WorkerShapeProblem.None);
    }

    private static WorkerReturnKind? ReturnKindOf(ITypeSymbol returnType, bool returnsVoid, WellKnownTypes types)
    {
        if (returnsVoid)
        {
            return WorkerReturnKind.Void;
        }

        if (WellKnownTypes.Is(returnType, types.Task))
        {
            return WorkerReturnKind.Task;
        }

        if (WellKnownTypes.Is(returnType, types.ValueTask))
        {
            return WorkerReturnKind.ValueTask;
        }

        if (returnType is INamedTypeSymbol { IsGenericType: true } generic)
        {
            if (WellKnownTypes.Is(generic.OriginalDefinition, types.TaskOfResult))
            {
                return WorkerReturnKind.TaskOfResult;
            }

            if (WellKnownTypes.Is(generic.OriginalDefinition, types.ValueTaskOfResult))
            {
                return WorkerReturnKind.ValueTaskOfResult;
            }
        }

        return null;
    }

    /// <summary>How many of the last parameters are the token and context, and which they are.</summary>
    private static int TailOf(ImmutableArray<IParameterSymbol> parameters, WellKnownTypes types, out WorkerParameterKind kind)
    {
        bool IsToken(int index) => index >= 0 && WellKnownTypes.Is(parameters[index].Type, types.CancellationToken);
        bool IsContext(int index) => index >= 0 && WellKnownTypes.Is(parameters[index].Type, types.SupervisionContext);
        var last = parameters.Length - 1;
        (kind, var count) = (IsToken(last), IsContext(last), IsToken(last - 1), IsContext(last - 1)) switch
        {
            (true, _, _, true) => (WorkerParameterKind.ContextAndToken, 2),
            (_, true, true, _) => (WorkerParameterKind.TokenAndContext, 2),
            (true, _, _, _) => (WorkerParameterKind.Token, 1),
            (_, true, _, _) => (WorkerParameterKind.Context, 1),
            _ => (WorkerParameterKind.None, 0),
        };
        return count;
    }

    /// <summary>Why a parameter before the token cannot be part of a key, or <see cref="WorkerShapeProblem.None"/>.</summary>
    private static WorkerShapeProblem FindKeyProblem(IParameterSymbol parameter, WellKnownTypes types)
    {
        var type = parameter.Type;
        if (parameter.IsParams)
        {
            return WorkerShapeProblem.ParamsParameter;
        }

        if (parameter.RefKind != RefKind.None)
        {
            return WorkerShapeProblem.KeyPassedByReference;
        }

        if (WellKnownTypes.Is(type, types.CancellationToken) || WellKnownTypes.Is(type, types.SupervisionContext))
        {
            return WorkerShapeProblem.TokenBeforeKey;
        }

        if (type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer || type.IsRefLikeType)
        {
            return WorkerShapeProblem.KeyCannotBeKept;
        }

        if (type.TypeKind is TypeKind.TypeParameter or TypeKind.Error
            || type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T })
        {
            return WorkerShapeProblem.KeyTypeNotAKey;
        }

        return WorkerShapeProblem.None;
    }

    /// <summary>Whether the method overrides <c>BackgroundService.ExecuteAsync</c>.</summary>
    private static bool OverridesExecuteAsync(IMethodSymbol method, WellKnownTypes types)
    {
        for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            if (WellKnownTypes.Is(overridden.ContainingType, types.BackgroundService))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the class (or a base below BackgroundService) overrides what the generator writes for a supervised <c>ExecuteAsync</c>.</summary>
    private static bool OverridesLifecycle(INamedTypeSymbol type, WellKnownTypes types)
    {
        for (var current = type; current is not null && !WellKnownTypes.Is(current, types.BackgroundService); current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member.IsOverride && member.Name is "StartAsync" or "StopAsync" or "ExecuteTask" && !GeneratedOutput.IsOurs(member, types))
                {
                    return true;
                }
            }
        }

        return false;
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

    private static WorkerShape Unsupported(WorkerShapeProblem problem) => new(default, default, EquatableArray<KeyParameterInfo>.Empty, false, problem);
}

using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Supervise.Generators.Model;

namespace Supervise.Generators.Judging;

/// <summary>Reads the constants of a <c>[Supervised]</c> attribute into <see cref="WorkerOptions"/>.</summary>
internal static class SupervisedAttributeReader
{
    /// <summary>The options, defaults filled in; null if a value is missing, mistyped or unknown (code the compiler rejects).</summary>
    public static WorkerOptions? Read(AttributeData attribute, WellKnownTypes types)
    {
        if (!attribute.ConstructorArguments.IsEmpty)
        {
            return null;
        }

        var options = WorkerOptions.Default;
        foreach (var argument in attribute.NamedArguments)
        {
            var value = argument.Value;
            if (value.Kind == TypedConstantKind.Error)
            {
                return null;
            }

            // TypedConstant.Value throws for arrays: read it only for the other kinds.
            var scalar = value.Kind == TypedConstantKind.Array ? null : value.Value;
            WorkerOptions? read = (argument.Key, value.Kind, scalar) switch
            {
                (SupervisedProperties.RestartDelayMs, _, int delay) => options with { RestartDelayMs = delay },
                (SupervisedProperties.Policy, _, int policy) => options with { Policy = (PolicyKind)policy },
                (SupervisedProperties.MaxDelayMs, _, int maxDelay) => options with { MaxDelayMs = maxDelay },
                (SupervisedProperties.Restart, _, int restart) => options with { Restart = (RestartKind)restart },
                (SupervisedProperties.ShutdownTimeoutMs, _, int timeout) => options with { ShutdownTimeoutMs = timeout },
                (SupervisedProperties.Name, _, string name) => options with { Name = name },
                (SupervisedProperties.Name, _, null) => options with { Name = null },
                (SupervisedProperties.Jitter, _, bool jitter) => options with { Jitter = jitter },
                (SupervisedProperties.ResetAfterMs, _, int resetAfter) => options with { ResetAfterMs = resetAfter },
                (SupervisedProperties.MaxRestarts, _, int maxRestarts) => options with { MaxRestarts = maxRestarts },
                (SupervisedProperties.RestartWindowMs, _, int window) => options with { RestartWindowMs = window },
                (SupervisedProperties.CircuitBreakerThreshold, _, int threshold) => options with { CircuitBreakerThreshold = threshold },
                (SupervisedProperties.CircuitBreakerDurationMs, _, int duration) => options with { CircuitBreakerDurationMs = duration },
                (SupervisedProperties.HeartbeatTimeoutMs, _, int heartbeat) => options with { HeartbeatTimeoutMs = heartbeat },
                (SupervisedProperties.StopOn, TypedConstantKind.Array, _) => options with { StopOn = ReadTypes(value, types) },
                (SupervisedProperties.RestartOn, TypedConstantKind.Array, _) => options with { RestartOn = ReadTypes(value, types) },
                (SupervisedProperties.Singleton, _, string lease) => options with { Singleton = lease },
                (SupervisedProperties.Singleton, _, null) => options with { Singleton = null },
                (SupervisedProperties.Significant, _, bool significant) => options with { Significant = significant },
                _ => null,
            };
            if (read is null)
            {
                return null;
            }

            options = read;
        }

        return options;
    }

    /// <summary>The listed types, or null for <c>StopOn = null</c> (the same as leaving it out).</summary>
    private static EquatableArray<ExceptionTypeInfo>? ReadTypes(TypedConstant array, WellKnownTypes types)
    {
        if (array.IsNull)
        {
            return null;
        }

        var listed = new ExceptionTypeInfo[array.Values.Length];
        for (var i = 0; i < listed.Length; i++)
        {
            listed[i] = Describe(array.Values[i].Value as ITypeSymbol, types);
        }

        return new EquatableArray<ExceptionTypeInfo>(listed);
    }

    private static ExceptionTypeInfo Describe(ITypeSymbol? type, WellKnownTypes types)
    {
        if (type is null)
        {
            return new ExceptionTypeInfo("null", string.Empty, IsUsable: false, IsException: false, EquatableArray<string>.Empty);
        }

        var display = type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
        var usable = type.TypeKind != TypeKind.Error
            && !(type is INamedTypeSymbol { IsUnboundGenericType: true })
            && type.TypeKind != TypeKind.TypeParameter;
        var bases = new List<string>();
        var isException = false;
        for (var current = type; current is not null; current = current.BaseType)
        {
            isException |= WellKnownTypes.Is(current, types.Exception);
            if (!ReferenceEquals(current, type))
            {
                bases.Add(current.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
            }
        }

        return new ExceptionTypeInfo(
            display,
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            usable,
            isException,
            new EquatableArray<string>(bases.ToImmutableArray()));
    }
}

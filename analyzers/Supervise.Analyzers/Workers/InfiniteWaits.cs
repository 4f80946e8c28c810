namespace Supervise.Analyzers.Workers;

/// <summary>Waits that never end by themselves: <c>Task.Delay</c> and <c>Thread.Sleep</c> of <c>Timeout.Infinite</c>.</summary>
internal static class InfiniteWaits
{
    public static bool IsInfiniteDelay(IInvocationOperation invocation, WorkerSymbols symbols) =>
        invocation.TargetMethod is { Name: "Delay", IsStatic: true } method
        && WorkerSymbols.Is(method.ContainingType, symbols.Task)
        && HasInfiniteFirstArgument(invocation, symbols);

    public static bool IsInfiniteSleep(IInvocationOperation invocation, WorkerSymbols symbols) =>
        invocation.TargetMethod is { Name: "Sleep", IsStatic: true } method
        && WorkerSymbols.Is(method.ContainingType, symbols.Thread)
        && HasInfiniteFirstArgument(invocation, symbols);

    /// <summary>The argument that passes a token, or null when none is written (left out, or an optional one left at its default).</summary>
    public static IArgumentOperation? FindTokenArgument(IInvocationOperation invocation, WorkerSymbols symbols)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { } parameter && symbols.IsToken(parameter.Type))
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>Whether a token argument is one that can never be cancelled: <c>CancellationToken.None</c> or <c>default</c>.</summary>
    public static bool IsNeverCancelled(IOperation value, WorkerSymbols symbols) => OperationWalk.Unwrap(value) switch
    {
        IDefaultValueOperation => true,
        IPropertyReferenceOperation { Property.Name: "None" } none => symbols.IsToken(none.Property.ContainingType),
        IObjectCreationOperation { Arguments.Length: 0 } creation => symbols.IsToken(creation.Type),
        _ => false,
    };

    private static bool HasInfiniteFirstArgument(IInvocationOperation invocation, WorkerSymbols symbols)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal != 0)
            {
                continue;
            }

            var value = OperationWalk.Unwrap(argument.Value);
            return value switch
            {
                { ConstantValue: { HasValue: true, Value: int milliseconds } } => milliseconds == -1,
                IFieldReferenceOperation { Field.Name: "InfiniteTimeSpan" } field => WorkerSymbols.Is(field.Field.ContainingType, symbols.Timeout),
                _ => false,
            };
        }

        return false;
    }
}

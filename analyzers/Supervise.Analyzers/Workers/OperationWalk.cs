namespace Supervise.Analyzers.Workers;

/// <summary>Ways through an operation tree that the worker rules share.</summary>
internal static class OperationWalk
{
    /// <summary>The descendants of <paramref name="root"/> that run as part of it: lambdas and local functions declared inside are not entered.</summary>
    public static IEnumerable<IOperation> WithinFunction(IOperation root)
    {
        var pending = new Stack<IOperation>();
        Push(pending, root);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            yield return operation;
            if (operation is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
            {
                Push(pending, operation);
            }
        }
    }

    /// <summary>Whether <paramref name="operation"/> sits in a static lambda or static local function, where the stop token cannot be captured.</summary>
    public static bool IsInStaticFunction(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            var isStatic = current switch
            {
                IAnonymousFunctionOperation lambda => lambda.Symbol.IsStatic,
                ILocalFunctionOperation local => local.Symbol.IsStatic,
                _ => false,
            };
            if (isStatic)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The operation without the conversions and parentheses around it.</summary>
    public static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
        {
            operation = operation switch
            {
                IConversionOperation conversion => conversion.Operand,
                IParenthesizedOperation parenthesized => parenthesized.Operand,
                _ => operation,
            };
        }

        return operation;
    }

    private static void Push(Stack<IOperation> pending, IOperation operation)
    {
        foreach (var child in operation.ChildOperations)
        {
            pending.Push(child);
        }
    }
}

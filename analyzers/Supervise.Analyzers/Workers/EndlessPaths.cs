namespace Supervise.Analyzers.Workers;

/// <summary>
/// Whether a body could have a path that never ends, as its control-flow graph would show. Such a path
/// needs a cycle, and a cycle needs a loop whose condition can never be false by the graph's reckoning
/// (none at all, or one with a constant in it, which the graph folds) or a <c>goto</c>. A body with
/// neither reaches its end or throws on every path, and needs no graph to tell.
/// </summary>
internal static class EndlessPaths
{
    public static bool MayExist(WorkerOperations operations)
    {
        if (operations.HasGoTo)
        {
            return true;
        }

        foreach (var loop in operations.Loops)
        {
            if (LoopConditions.TryRead(loop, out var condition) && (condition is null || HasBooleanConstant(condition)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Any <c>true</c> or <c>false</c> the graph could branch on: the whole condition, or a part of it such as <c>true || done</c>.</summary>
    private static bool HasBooleanConstant(IOperation operation)
    {
        if (operation.ConstantValue is { HasValue: true, Value: bool })
        {
            return true;
        }

        foreach (var child in operation.ChildOperations)
        {
            if (HasBooleanConstant(child))
            {
                return true;
            }
        }

        return false;
    }
}

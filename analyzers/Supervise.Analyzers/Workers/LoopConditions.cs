namespace Supervise.Analyzers.Workers;

/// <summary>Reads the condition of a loop, the one way every worker rule reads it.</summary>
internal static class LoopConditions
{
    /// <summary>
    /// Whether <paramref name="loop"/> is a <c>while</c>, <c>do … while</c> or <c>for</c> loop, whose condition
    /// decides when it ends; <paramref name="condition"/> is null for one without (<c>for (;;)</c>). False for
    /// a <c>foreach</c>, which ends with its collection.
    /// </summary>
    public static bool TryRead(ILoopOperation loop, out IOperation? condition)
    {
        switch (loop)
        {
            case IWhileLoopOperation whileLoop:
                condition = whileLoop.Condition;
                return true;
            case IForLoopOperation forLoop:
                condition = forLoop.Condition;
                return true;
            default:
                condition = null;
                return false;
        }
    }
}

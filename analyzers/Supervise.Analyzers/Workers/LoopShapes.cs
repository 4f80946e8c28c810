using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Supervise.Analyzers.Workers;

/// <summary>
/// Which loops can run forever by their shape: no condition or a constant true one
/// (<c>while (true)</c>, <c>for (;;)</c>), or a flag condition made only of bool fields and
/// properties (<c>while (!_stopped)</c>) that something else must flip; and no way out of the body
/// (<c>break</c>, <c>return</c>, <c>throw</c>, a <c>goto</c> out).
/// </summary>
internal static class LoopShapes
{
    public static bool CanRunForever(ILoopOperation loop, WorkerSymbols symbols)
    {
        if (!LoopConditions.TryRead(loop, out var condition))
        {
            return false;
        }

        if (condition is not null && !IsConstantTrue(condition) && !IsFlag(condition, symbols))
        {
            return false;
        }

        return !HasExit(loop);
    }

    /// <summary>The loop's header, briefly, for messages: <c>while (true)</c>, <c>for (;;)</c>, <c>foreach over orders</c>.</summary>
    public static string Describe(ILoopOperation loop) => loop.Syntax switch
    {
        WhileStatementSyntax whileStatement => $"while ({Brief(whileStatement.Condition.ToString())})",
        DoStatementSyntax doStatement => $"do … while ({Brief(doStatement.Condition.ToString())})",
        ForStatementSyntax forStatement => Brief(forStatement.SyntaxTree.GetText().ToString(Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(forStatement.ForKeyword.SpanStart, forStatement.CloseParenToken.Span.End))),
        CommonForEachStatementSyntax forEach => $"{(forEach.AwaitKeyword.RawKind == 0 ? string.Empty : "await ")}foreach over {Brief(forEach.Expression.ToString())}",
        _ => "loop",
    };

    /// <summary>The loop's keyword: where a diagnostic about the loop points.</summary>
    public static Location KeywordLocation(ILoopOperation loop) => loop.Syntax switch
    {
        WhileStatementSyntax whileStatement => whileStatement.WhileKeyword.GetLocation(),
        DoStatementSyntax doStatement => doStatement.DoKeyword.GetLocation(),
        ForStatementSyntax forStatement => forStatement.ForKeyword.GetLocation(),
        _ => loop.Syntax.GetLocation(),
    };

    private static bool IsConstantTrue(IOperation condition) =>
        condition.ConstantValue is { HasValue: true, Value: true };

    private static bool IsFlag(IOperation condition, WorkerSymbols symbols)
    {
        switch (OperationWalk.Unwrap(condition))
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return IsFlag(not.Operand, symbols);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } binary:
                return (IsFlag(binary.LeftOperand, symbols) || IsConstant(binary.LeftOperand)) && (IsFlag(binary.RightOperand, symbols) || IsConstant(binary.RightOperand))
                    && !(IsConstant(binary.LeftOperand) && IsConstant(binary.RightOperand));
            case IFieldReferenceOperation field:
                return field.Type?.SpecialType == SpecialType.System_Boolean && !field.Field.IsConst;
            case IPropertyReferenceOperation property:
                return property.Type?.SpecialType == SpecialType.System_Boolean
                    && !symbols.IsToken(property.Property.ContainingType)
                    && !WorkerSymbols.Is(property.Property.ContainingType, symbols.CancellationTokenSource);
            case IInvocationOperation { TargetMethod.Name: "Read", Arguments.Length: 1 } read:
                return WorkerSymbols.Is(read.TargetMethod.ContainingType, symbols.Volatile)
                    && read.Type?.SpecialType == SpecialType.System_Boolean
                    && OperationWalk.Unwrap(read.Arguments[0].Value) is IFieldReferenceOperation;
            default:
                return false;
        }
    }

    private static bool IsConstant(IOperation operation) => operation.ConstantValue.HasValue;

    private static bool HasExit(ILoopOperation loop)
    {
        foreach (var operation in OperationWalk.WithinFunction(loop.Body))
        {
            switch (operation)
            {
                case IBranchOperation { BranchKind: BranchKind.Break } breakOut when SymbolEqualityComparer.Default.Equals(breakOut.Target, loop.ExitLabel):
                case IBranchOperation { BranchKind: BranchKind.GoTo } goTo when !IsDeclaredInside(goTo.Target, loop.Syntax):
                case IReturnOperation { Kind: OperationKind.Return or OperationKind.YieldBreak }:
                case IThrowOperation:
                    return true;
            }
        }

        return false;
    }

    private static bool IsDeclaredInside(ILabelSymbol label, SyntaxNode loop) =>
        !label.Locations.IsEmpty && loop.Span.Contains(label.Locations[0].SourceSpan) && label.Locations[0].SourceTree == loop.SyntaxTree;

    /// <summary>On one line, and cut short past 60 characters: a message names the loop, it does not quote it.</summary>
    private static string Brief(string text)
    {
        const int Longest = 60;
        var line = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
        return line.Length <= Longest ? line : line.Substring(0, Longest - 1).TrimEnd() + "…";
    }
}

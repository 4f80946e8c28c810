using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Supervise.Analyzers.Workers;

/// <summary>
/// Names of the worker's own type that did not bind: a member of a base class that is not loaded, or of a
/// partial part in another file. Such a member may well observe the stop or end the loop (a
/// <c>ThrowIfStopping()</c> of the base class), so a rule whose verdict rests on "nothing here observes
/// cancellation" keeps quiet where one is called.
/// </summary>
internal static class UnresolvedMembers
{
    public static bool AppearIn(IOperation root)
    {
        foreach (var operation in root.DescendantsAndSelf())
        {
            if (operation is IInvalidOperation && IsOwnMemberName(operation.Syntax))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A call of a bare name or of <c>this.</c>/<c>base.</c> one, or a bare name read on its own; a name that is the receiver of a member access is more likely a type that did not load.</summary>
    private static bool IsOwnMemberName(SyntaxNode syntax) => syntax switch
    {
        InvocationExpressionSyntax invocation => invocation.Expression is SimpleNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or BaseExpressionSyntax },
        SimpleNameSyntax name => name.Parent is not MemberAccessExpressionSyntax and not InvocationExpressionSyntax,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or BaseExpressionSyntax } => true,
        _ => false,
    };
}

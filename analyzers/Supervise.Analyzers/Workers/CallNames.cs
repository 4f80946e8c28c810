using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Supervise.Analyzers.Workers;

/// <summary>How messages name a call, and where a diagnostic about a call points: at the called name.</summary>
internal static class CallNames
{
    public static string Display(IMethodSymbol method) =>
        method.MethodKind == MethodKind.LocalFunction || method.ContainingType is null
            ? method.Name
            : method.ContainingType.Name + "." + method.Name;

    public static Location NameLocation(IInvocationOperation invocation)
    {
        if (invocation.Syntax is InvocationExpressionSyntax syntax)
        {
            SyntaxNode name = syntax.Expression switch
            {
                MemberAccessExpressionSyntax memberAccess => memberAccess.Name,
                MemberBindingExpressionSyntax memberBinding => memberBinding.Name,
                var other => other,
            };
            return name.GetLocation();
        }

        return invocation.Syntax.GetLocation();
    }
}

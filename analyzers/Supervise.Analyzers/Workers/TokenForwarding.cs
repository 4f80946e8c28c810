using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Supervise.Analyzers.Workers;

/// <summary>
/// Whether a call could have been given the stop token: it leaves an optional token parameter at its
/// default, or it passes no token and an accessible overload takes the same parameters plus a
/// trailing <c>CancellationToken</c>. Calls that already pass a token are left alone.
/// </summary>
internal static class TokenForwarding
{
    /// <summary>How to pass the token (<see cref="FixKinds"/>) and to which parameter; false when the call takes no token.</summary>
    public static bool TryFind(IInvocationOperation invocation, WorkerSymbols symbols, INamedTypeSymbol within, out string fixKind, out string parameterName)
    {
        fixKind = FixKinds.AppendArgument;
        parameterName = string.Empty;
        var method = invocation.TargetMethod;
        if (method.MethodKind == MethodKind.DelegateInvoke)
        {
            return false;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || !symbols.IsToken(parameter.Type))
            {
                continue;
            }

            if (argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return false;
            }

            fixKind = CanAppend(invocation, parameter) ? FixKinds.AppendArgument : FixKinds.NamedArgument;
            parameterName = parameter.Name;
            return true;
        }

        if (HasParams(method) || symbols.TrailingTokenOverloads.Find(Called(method), within) is not { } tokenParameter)
        {
            return false;
        }

        fixKind = HasNamedArguments(invocation) ? FixKinds.NamedArgument : FixKinds.AppendArgument;
        parameterName = tokenParameter.Name;
        return true;
    }

    /// <summary>The method as declared: an extension method called on its receiver is looked up in its static class.</summary>
    private static IMethodSymbol Called(IMethodSymbol method) =>
        method.ReducedFrom is null ? method : method.GetConstructedReducedFrom() ?? method;

    private static bool HasParams(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.IsParams)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token can go last, by position: every argument before it is written and none is named.</summary>
    private static bool CanAppend(IInvocationOperation invocation, IParameterSymbol parameter)
    {
        if (invocation.Syntax is not InvocationExpressionSyntax syntax || HasNamedArguments(invocation))
        {
            return false;
        }

        // An extension method called on its receiver: the receiver is its first parameter, outside the parentheses.
        var receiverOutside = invocation.TargetMethod.IsExtensionMethod
            && invocation.TargetMethod.ReducedFrom is null
            && HasReceiverOutside(invocation);
        return syntax.ArgumentList.Arguments.Count == parameter.Ordinal - (receiverOutside ? 1 : 0);
    }

    private static bool HasReceiverOutside(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0 && argument.Syntax is not ArgumentSyntax)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNamedArguments(IInvocationOperation invocation)
    {
        if (invocation.Syntax is not InvocationExpressionSyntax syntax)
        {
            return false;
        }

        foreach (var argument in syntax.ArgumentList.Arguments)
        {
            if (argument.NameColon is not null)
            {
                return true;
            }
        }

        return false;
    }
}

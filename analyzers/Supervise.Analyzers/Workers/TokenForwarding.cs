using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Supervise.Analyzers.Workers;

/// <summary>
/// Whether a call could have been given the stop token: it leaves an optional token parameter at its
/// default, or it passes no token and an accessible overload takes the same parameters plus a
/// trailing <c>CancellationToken</c>. Calls that already pass a token are left alone.
/// </summary>
internal static class TokenForwarding
{
    /// <summary>How to pass the token (<see cref="FixKinds"/>) and to which parameter; false when the call takes no token.</summary>
    public static bool TryFind(IInvocationOperation invocation, WorkerSymbols symbols, Compilation compilation, INamedTypeSymbol within, out string fixKind, out string parameterName)
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

        if (method.Parameters.Any(parameter => parameter.IsParams) || FindTrailingTokenOverload(method, symbols, compilation, within) is not { } tokenParameter)
        {
            return false;
        }

        fixKind = HasNamedArguments(invocation) ? FixKinds.NamedArgument : FixKinds.AppendArgument;
        parameterName = tokenParameter.Name;
        return true;
    }

    private static IParameterSymbol? FindTrailingTokenOverload(IMethodSymbol method, WorkerSymbols symbols, Compilation compilation, INamedTypeSymbol within)
    {
        var called = method.ReducedFrom is null ? method : method.GetConstructedReducedFrom() ?? method;
        for (var type = called.ContainingType; type is not null; type = type.BaseType)
        {
            foreach (var member in type.GetMembers(called.Name))
            {
                if (member is IMethodSymbol candidate
                    && candidate.IsStatic == called.IsStatic
                    && candidate.Arity == called.Arity
                    && candidate.Parameters.Length == called.Parameters.Length + 1
                    && candidate.Parameters[candidate.Parameters.Length - 1] is { RefKind: RefKind.None } last
                    && symbols.IsToken(last.Type)
                    && compilation.IsSymbolAccessibleWithin(candidate, within)
                    && HasSameLeadingParameters(candidate.IsGenericMethod ? candidate.Construct(called.TypeArguments.ToArray()) : candidate, called))
                {
                    return last;
                }
            }
        }

        return null;
    }

    private static bool HasSameLeadingParameters(IMethodSymbol candidate, IMethodSymbol called)
    {
        for (var i = 0; i < called.Parameters.Length; i++)
        {
            if (candidate.Parameters[i].RefKind != called.Parameters[i].RefKind
                || !SymbolEqualityComparer.Default.Equals(candidate.Parameters[i].Type, called.Parameters[i].Type))
            {
                return false;
            }
        }

        return true;
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
            && invocation.Arguments.Any(argument => argument.Parameter?.Ordinal == 0 && argument.Syntax is not ArgumentSyntax);
        return syntax.ArgumentList.Arguments.Count == parameter.Ordinal - (receiverOutside ? 1 : 0);
    }

    private static bool HasNamedArguments(IInvocationOperation invocation) =>
        invocation.Syntax is InvocationExpressionSyntax syntax && syntax.ArgumentList.Arguments.Any(argument => argument.NameColon is not null);
}

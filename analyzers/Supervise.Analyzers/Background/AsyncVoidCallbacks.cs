using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Supervise.Analyzers.Background;

/// <summary>
/// Async void code handed over as a callback: an async lambda or an async void method given to a
/// <c>System.Threading.Timer</c> or added to an event (<c>System.Timers.Timer.Elapsed</c>, a consumer's
/// <c>Received</c>). Shared by SUP109, which reports them, and SUP107, which leaves them to it.
/// </summary>
internal static class AsyncVoidCallbacks
{
    /// <summary>What the async void code is handed to, as messages name it; null when <paramref name="function"/> is no such callback.</summary>
    public static string? HandedTo(IAnonymousFunctionOperation function, INamedTypeSymbol? threadingTimer) =>
        function.Symbol is { IsAsync: true, ReturnsVoid: true } ? Receiver(function.Parent, threadingTimer) ?? AddedToUnresolvedEvent(function) : AddedToUnresolvedEvent(function);

    /// <summary>
    /// The async void method a delegate is made of, and what it is handed to; null when it is none, or when
    /// the method has an event handler's signature, which is reported once, where it is declared.
    /// </summary>
    public static (IMethodSymbol Method, string Receiver)? HandedTo(IMethodReferenceOperation reference, INamedTypeSymbol? threadingTimer, INamedTypeSymbol? eventArgs) =>
        reference.Method is { IsAsync: true, ReturnsVoid: true } method && !IsEventHandler(method, eventArgs) && Receiver(reference.Parent, threadingTimer) is { } receiver
            ? (method, receiver)
            : null;

    /// <summary>
    /// An async void method with an event handler's signature, <c>(object sender, XxxEventArgs e)</c>: it exists to
    /// be added to an event, whether or not the subscription binds (the event's type may not be restored yet).
    /// </summary>
    public static bool IsAsyncVoidEventHandler(IMethodSymbol method, INamedTypeSymbol? eventArgs) =>
        method is { IsAsync: true, ReturnsVoid: true, MethodKind: MethodKind.Ordinary } && IsEventHandler(method, eventArgs);

    /// <summary>
    /// An async lambda added with <c>+=</c> to a member that does not bind (its package is not restored): an event
    /// by every sign, and one whose handler returns void unless its source's type says it is an async one.
    /// </summary>
    public static string? AddedToUnresolvedEvent(IAnonymousFunctionOperation function)
    {
        if (!function.Symbol.IsAsync
            || function.Syntax.Parent is not AssignmentExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.AddAssignmentExpression } assignment
            || assignment.Right != function.Syntax
            || assignment.Left is not MemberAccessExpressionSyntax member
            || function.SemanticModel is not { } model)
        {
            return null;
        }

        var target = model.GetSymbolInfo(member);
        var receiverType = model.GetTypeInfo(member.Expression).Type;
        if (target.Symbol is not null || receiverType is not { TypeKind: TypeKind.Error } || receiverType.Name.IndexOf("Async", System.StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        return $"the event '{member.Name.Identifier.ValueText}'";
    }

    private static bool IsEventHandler(IMethodSymbol method, INamedTypeSymbol? eventArgs) =>
        method.Parameters.Length == 2
        && method.Parameters[0].Type.SpecialType == SpecialType.System_Object
        && method.Parameters[1].Type is { } argsType
        && (argsType.Name.EndsWith("EventArgs", System.StringComparison.Ordinal) || Workers.WorkerSymbols.IsOrDerivesFrom(argsType, eventArgs));

    /// <summary>Where a diagnostic about an async lambda points: its <c>async</c> keyword.</summary>
    public static Location AsyncKeywordLocation(IAnonymousFunctionOperation function) =>
        function.Syntax is AnonymousFunctionExpressionSyntax { AsyncKeyword.RawKind: not 0 } syntax
            ? syntax.AsyncKeyword.GetLocation()
            : function.Syntax.GetLocation();

    /// <summary>From the delegate made of the callback, up to the timer's constructor or the event it is added to.</summary>
    private static string? Receiver(IOperation? parent, INamedTypeSymbol? threadingTimer)
    {
        if (parent is not IDelegateCreationOperation creation)
        {
            return null;
        }

        var user = creation.Parent;
        while (user is IConversionOperation or IParenthesizedOperation)
        {
            user = user.Parent;
        }

        return user switch
        {
            IEventAssignmentOperation { Adds: true, EventReference: IEventReferenceOperation reference } => $"the event '{reference.Event.Name}'",
            IArgumentOperation { Parent: IObjectCreationOperation { Type: { } created } } when threadingTimer is not null && SymbolEqualityComparer.Default.Equals(created, threadingTimer)
                => "a System.Threading.Timer",
            _ => null,
        };
    }
}

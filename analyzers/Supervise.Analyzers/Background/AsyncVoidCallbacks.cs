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
        function.Symbol is { IsAsync: true, ReturnsVoid: true } ? Receiver(function.Parent, threadingTimer) : null;

    /// <summary>The async void method a delegate is made of, and what it is handed to; null when it is none.</summary>
    public static (IMethodSymbol Method, string Receiver)? HandedTo(IMethodReferenceOperation reference, INamedTypeSymbol? threadingTimer) =>
        reference.Method is { IsAsync: true, ReturnsVoid: true } method && Receiver(reference.Parent, threadingTimer) is { } receiver
            ? (method, receiver)
            : null;

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

namespace Supervise.Analyzers.Background;

/// <summary>
/// SUP109: an async lambda or async void method handed to a <c>System.Threading.Timer</c> or added to an
/// event (see <see cref="AsyncVoidCallbacks"/>). Anywhere in the code, not only in workers: a timer
/// callback is a worker of its own, one that can never say it ended or failed.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AsyncVoidCallbackAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.AsyncVoidCallback);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var threadingTimer = start.Compilation.GetTypeByMetadataName("System.Threading.Timer");
            var eventArgs = start.Compilation.GetTypeByMetadataName("System.EventArgs");
            start.RegisterOperationAction(operation => AnalyzeLambda(operation, threadingTimer), OperationKind.AnonymousFunction);
            start.RegisterOperationAction(operation => AnalyzeMethodReference(operation, threadingTimer, eventArgs), OperationKind.MethodReference);
            start.RegisterSymbolAction(symbol => AnalyzeMethod(symbol, eventArgs), SymbolKind.Method);
        });
    }

    private static void AnalyzeLambda(OperationAnalysisContext context, INamedTypeSymbol? threadingTimer)
    {
        var function = (IAnonymousFunctionOperation)context.Operation;
        if (AsyncVoidCallbacks.HandedTo(function, threadingTimer) is { } receiver)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AsyncVoidCallback, AsyncVoidCallbacks.AsyncKeywordLocation(function), "This async lambda", receiver));
        }
    }

    /// <summary>An async void event handler is reported once, on its name, rather than at each subscription.</summary>
    private static void AnalyzeMethod(SymbolAnalysisContext context, INamedTypeSymbol? eventArgs)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (AsyncVoidCallbacks.IsAsyncVoidEventHandler(method, eventArgs) && !method.Locations.IsEmpty)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AsyncVoidCallback, method.Locations[0], $"'{method.Name}'", "events as their handler"));
        }
    }

    private static void AnalyzeMethodReference(OperationAnalysisContext context, INamedTypeSymbol? threadingTimer, INamedTypeSymbol? eventArgs)
    {
        var reference = (IMethodReferenceOperation)context.Operation;
        if (AsyncVoidCallbacks.HandedTo(reference, threadingTimer, eventArgs) is var (method, receiver))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AsyncVoidCallback, reference.Syntax.GetLocation(), $"'{method.Name}'", receiver));
        }
    }
}

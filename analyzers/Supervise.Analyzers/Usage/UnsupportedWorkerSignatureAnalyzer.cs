using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Supervise.Generators.Parsing;

namespace Supervise.Analyzers.Usage;

/// <summary>
/// SUP002: <c>[Supervised]</c> on something the generator cannot supervise: a worker signature it
/// rejects, a type chain it cannot extend, or a local function or lambda (which it never looks at).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnsupportedWorkerSignatureAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnsupportedWorkerSignature);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSymbolAction(AnalyzeMethod, SymbolKind.Method);
        context.RegisterOperationAction(AnalyzeNestedFunction, OperationKind.LocalFunction, OperationKind.AnonymousFunction);
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (method.MethodKind == MethodKind.LocalFunction || SupervisedAttributes.Find(method) is null || method.Locations.IsEmpty)
        {
            return;
        }

        var problem = WorkerShape.Of(method).Problem;
        string? message = null;
        if (problem != WorkerShapeProblem.None)
        {
            message = ShapeProblemMessages.Describe(method, problem);
        }
        else if (method.ContainingType is { } type && ContainingTypeReader.FindNonPartialType(type) is null && !ContainingTypeReader.CanRedeclareChain(type))
        {
            message = ShapeProblemMessages.DescribeUnextendableChain(type);
        }

        if (message is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnsupportedWorkerSignature, method.Locations[0], method.Name, message));
        }
    }

    private static void AnalyzeNestedFunction(OperationAnalysisContext context)
    {
        var (symbol, message) = context.Operation switch
        {
            ILocalFunctionOperation local => (local.Symbol, ShapeProblemMessages.DescribeLocalFunction()),
            IAnonymousFunctionOperation lambda => (lambda.Symbol, ShapeProblemMessages.DescribeLambda()),
            _ => (null, string.Empty),
        };
        if (symbol is null || SupervisedAttributes.Find(symbol) is not { } attribute)
        {
            return;
        }

        var location = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? context.Operation.Syntax.GetLocation();
        var name = symbol.MethodKind == MethodKind.LocalFunction ? symbol.Name : "lambda";
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnsupportedWorkerSignature, location, name, message));
    }
}

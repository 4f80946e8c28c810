using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Supervise.Generators.Parsing;

namespace Supervise.Analyzers.Usage;

/// <summary>SUP001: a <c>[Supervised]</c> worker whose type, or a type containing it, is not <c>partial</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NonPartialContainingTypeAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ContainingTypeNotPartial);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSymbolAction(AnalyzeMethod, SymbolKind.Method);
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (method.ContainingType is not { } type || SupervisedAttributes.Find(method) is null)
        {
            return;
        }

        // A method of an interface or a ref struct is SUP002's: adding partial would not help it.
        if (WorkerShape.Of(method).Problem == WorkerShapeProblem.UnsupportedContainingType
            || ContainingTypeReader.FindNonPartialType(type) is not { } nonPartial
            || method.Locations.IsEmpty)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.ContainingTypeNotPartial,
            method.Locations[0],
            nonPartial.Locations,
            method.Name,
            nonPartial.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
    }
}

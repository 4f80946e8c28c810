using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Supervise.Generators.Parsing;

namespace Supervise.Analyzers.Usage;

/// <summary>
/// SUP003: <c>[Supervised]</c> values a supervisor cannot run with (errors: the generator skips the
/// worker), and values it ignores under the chosen policy or restart mode (warnings).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidSupervisedOptionAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.InvalidSupervisedOption);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSymbolAction(AnalyzeMethod, SymbolKind.Method);
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (SupervisedAttributes.Find(method) is not { } attribute)
        {
            return;
        }

        // Unreadable values (a constructor argument, an unknown property, a mistyped value) are compiler errors already.
        var options = SupervisedAttributeReader.Read(attribute);
        if (options is null)
        {
            return;
        }

        var shape = WorkerShape.Of(method);
        var takesContext = shape.Problem == WorkerShapeProblem.None
            ? shape.TakesContext
            : method.Parameters.Any(parameter => KnownTypes.IsSupervisionContext(parameter.Type));
        HashSet<string>? invalid = null;
        foreach (var problem in WorkerOptionsRules.FindProblems(options, takesContext))
        {
            (invalid ??= new HashSet<string>()).Add(problem.Property);
            Report(context, attribute, method, problem.Property, problem.Index, problem.Message, DiagnosticSeverity.Error);
        }

        foreach (var (property, message) in IgnoredOptions.Find(options, attribute))
        {
            if (invalid is null || !invalid.Contains(property))
            {
                Report(context, attribute, method, property, index: null, message, DiagnosticSeverity.Warning);
            }
        }
    }

    private static void Report(SymbolAnalysisContext context, AttributeData attribute, IMethodSymbol method, string property, int? index, string message, DiagnosticSeverity severity)
    {
        var location = AttributeArgumentLocations.Find(attribute, method, property, index, context.CancellationToken);
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.InvalidSupervisedOption,
            location,
            severity,
            additionalLocations: null,
            properties: null,
            method.Name,
            message));
    }
}

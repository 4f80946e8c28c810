using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Supervise.Generators.Model;
using Supervise.Generators.Parsing;

namespace Supervise.Analyzers.Usage;

/// <summary>
/// SUP004: a member the generator would add (<c>PumpSupervisor</c>, <c>__PumpSupervisor</c>,
/// <c>__PumpSupervisorInstance</c>) is taken, or two workers of one type want the same property.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratedNameCollisionAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.GeneratedNameCollision);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSymbolAction(AnalyzeMethod, SymbolKind.Method);
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (method.ContainingType is not { } type
            || method.Locations.IsEmpty
            || SupervisedAttributes.Find(method) is not { } attribute
            || WorkerShape.Of(method).Problem != WorkerShapeProblem.None)
        {
            return;
        }

        var names = GeneratedNames.ForMethod(method.Name);
        string? message = null;
        if (GeneratedNameCollisions.FindTakenName(type, names, GeneratorOutput.IsOwn) is { } taken)
        {
            message = taken == type.Name
                ? $"the generated member '{taken}' would have the name of its type"
                : $"the generated member '{taken}' would clash with a member of that name in '{type.Name}' or a base type";
        }
        // A rival is rare and cheap to rule out; whether this worker is accepted at all costs more, so it is asked second.
        else if (WorkerValidity.FindRival(method, names) is { } rival && WorkerValidity.IsAcceptedAlone(method, attribute))
        {
            message = rival.Name == names.Property && rival.Name == GeneratedNames.ForMethod(rival.Rival.Name).Property
                ? $"'{rival.Rival.Name}' would get the same supervisor property '{rival.Name}'; rename one of them"
                : $"'{rival.Rival.Name}' would generate a member of the same name, '{rival.Name}'; rename one of them";
        }

        if (message is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GeneratedNameCollision, method.Locations[0], method.Name, message));
        }
    }
}

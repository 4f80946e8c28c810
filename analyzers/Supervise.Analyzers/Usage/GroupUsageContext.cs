using System.Linq;
using Supervise.Generators.Model;

namespace Supervise.Analyzers.Usage;

/// <summary>A type with <c>[Supervised]</c> methods or a <c>[SupervisionGroup]</c>, judged, handed to each group rule, and where to report.</summary>
/// <param name="SymbolContext">The analysis of the type, which reports.</param>
/// <param name="Type">The type.</param>
/// <param name="GroupAttribute">Its <c>[SupervisionGroup]</c>, or null.</param>
/// <param name="Group">The attribute's values, defaults filled in; null without the attribute or when it cannot be read (a compiler error).</param>
/// <param name="Workers">The verdict on each of its <c>[Supervised]</c> methods, with its attribute, in member order.</param>
internal readonly record struct GroupUsageContext(
    SymbolAnalysisContext SymbolContext,
    INamedTypeSymbol Type,
    AttributeData? GroupAttribute,
    SupervisionGroupInfo? Group,
    IReadOnlyList<(WorkerVerdict Verdict, AttributeData Attribute)> Workers)
{
    /// <summary>The group's name in messages: as its attribute names it, or the type's.</summary>
    public string GroupName => Group?.Name is { Length: > 0 } name && name.Trim().Length > 0 ? name : Type.Name;

    public System.Threading.CancellationToken CancellationToken => SymbolContext.CancellationToken;

    /// <summary>The workers that are the group's children by <see cref="GroupChildren.IsChild"/>, accepted or not.</summary>
    public IEnumerable<(WorkerVerdict Verdict, AttributeData Attribute)> Children =>
        Workers.Where(worker => GroupChildren.IsChild(worker.Verdict.Method, worker.Verdict.Shape));

    /// <summary>Where a diagnostic about the whole group points: its attribute, or the type's name without syntax.</summary>
    public Location GroupLocation =>
        GroupAttribute?.ApplicationSyntaxReference?.GetSyntax(CancellationToken).GetLocation()
        ?? (Type.Locations.IsEmpty ? Location.None : Type.Locations[0]);

    public void Report(Diagnostic diagnostic) => SymbolContext.ReportDiagnostic(diagnostic);
}

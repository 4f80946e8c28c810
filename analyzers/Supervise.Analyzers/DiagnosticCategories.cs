namespace Supervise.Analyzers;

/// <summary>Categories of the rules: how <c>[Supervised]</c> is used, and how a worker behaves.</summary>
internal static class DiagnosticCategories
{
    public const string Usage = "Usage";
    public const string Reliability = "Reliability";
}

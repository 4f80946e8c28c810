using Microsoft.CodeAnalysis.CSharp;

namespace Supervise.Generators.Judging;

/// <summary>Turns symbol names into identifiers that compile.</summary>
internal static class Identifiers
{
    /// <summary>Prefixes reserved keywords with <c>@</c>: a method named <c>@event</c> is called as <c>@event</c>.</summary>
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}

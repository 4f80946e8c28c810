namespace Supervise.CodeFixes;

/// <summary>One diagnostic to fix, with the document and the root it was found in.</summary>
internal readonly record struct FixSite(Document Document, SyntaxNode Root, Diagnostic Diagnostic)
{
    /// <summary>The node the diagnostic spans.</summary>
    public SyntaxNode Node => Root.FindNode(Diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);

    /// <summary>The node holding the first token of the span: a loop or catch for its keyword.</summary>
    public SyntaxNode? TokenParent => Root.FindToken(Diagnostic.Location.SourceSpan.Start).Parent;

    /// <summary>What the analyzer told the fix (<see cref="DiagnosticPropertyNames"/>), or null.</summary>
    public string? Property(string name) => Diagnostic.Properties.TryGetValue(name, out var value) ? value : null;
}

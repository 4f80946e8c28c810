using System.Text;

namespace Supervise.Generators.Emitting;

/// <summary>Builds source text line by line, four spaces per indent level, <c>\n</c> line ends.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _depth;

    public void Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _depth * 4);
            _text.Append(line);
        }

        _text.Append('\n');
    }

    /// <summary>Writes <paramref name="header"/> and an opening brace, and indents what follows.</summary>
    public void Open(string header)
    {
        Line(header);
        Line("{");
        _depth++;
    }

    /// <summary>Closes the innermost <see cref="Open"/>.</summary>
    public void Close()
    {
        _depth--;
        Line("}");
    }

    public override string ToString() => _text.ToString();
}

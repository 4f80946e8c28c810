using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Supervise.Generators.Model;

namespace Supervise.Generators.Grouping;

/// <summary>
/// The file names of the generated sources: <c>Namespace.Outer.Pump{T}.g.cs</c>, readable, and unique for
/// every input, as the compiler demands (it compares them ignoring case, and throws on a repeat). Types whose
/// readable names meet (<c>Demo.Pump</c> and <c>Demo.pump</c>, or the namespace <c>Demo.Pump</c> and a type
/// <c>Pump</c> nested in <c>Demo</c>) each get a suffix made from their exact name, so which one gets which
/// name does not depend on the order they are found in.
/// </summary>
internal static class HintNames
{
    public static string[] Assign(IReadOnlyList<ContainingTypeModel> types)
    {
        var readable = new string[types.Count];
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < types.Count; i++)
        {
            readable[i] = Readable(types[i]);
            seen[readable[i]] = seen.TryGetValue(readable[i], out var count) ? count + 1 : 1;
        }

        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var hints = new string[types.Count];
        for (var i = 0; i < types.Count; i++)
        {
            var hint = seen[readable[i]] > 1 ? readable[i] + "-" + Fingerprint(Identity(types[i])) : readable[i];

            // Two exact names with one fingerprint: unheard of, but the compiler must still get unique names.
            var unique = hint;
            for (var repeat = 2; !used.Add(unique); repeat++)
            {
                unique = hint + "-" + repeat.ToString(CultureInfo.InvariantCulture);
            }

            hints[i] = unique + ".g.cs";
        }

        return hints;
    }

    /// <summary>The namespace and the type chain, dotted, type parameters in braces: <c>Demo.Host{TMessage}.Consumer</c>.</summary>
    private static string Readable(ContainingTypeModel type)
    {
        var text = new StringBuilder();
        Append(text, type.Namespace);
        foreach (var containing in type.Types)
        {
            if (text.Length > 0)
            {
                text.Append('.');
            }

            Append(text, containing.Name);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, string name)
    {
        foreach (var character in name)
        {
            switch (character)
            {
                case '@':
                case ' ':
                    break;
                case '<':
                    text.Append('{');
                    break;
                case '>':
                    text.Append('}');
                    break;
                default:
                    text.Append(IsAllowed(character) ? character : '_');
                    break;
            }
        }
    }

    /// <summary>Identifier characters, and the punctuation the compiler accepts in a hint name besides; '-' is never in a readable one.</summary>
    private static bool IsAllowed(char character) =>
        SyntaxFacts.IsIdentifierPartCharacter(character) || character is '.' or ',' or '_' or '{' or '}' or '(' or ')' or '[' or ']';

    /// <summary>The type exactly: case kept, namespace and nesting told apart.</summary>
    private static string Identity(ContainingTypeModel type)
    {
        var text = new StringBuilder(type.Namespace).Append(':');
        foreach (var containing in type.Types)
        {
            text.Append('/').Append(containing.Name);
        }

        return text.ToString();
    }

    /// <summary>FNV-1a over the characters: the same on every machine and in every process, unlike <c>string.GetHashCode</c>.</summary>
    private static string Fingerprint(string identity)
    {
        var hash = 2166136261u;
        foreach (var character in identity)
        {
            hash = unchecked((hash ^ character) * 16777619u);
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}

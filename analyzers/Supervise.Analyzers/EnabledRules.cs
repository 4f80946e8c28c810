using System.Collections.Concurrent;
using System.Threading;

namespace Supervise.Analyzers;

/// <summary>
/// The rules of a family that a file has not turned off (<c>dotnet_diagnostic.SUPnnn.severity = none</c>,
/// a global config, <c>NoWarn</c>). One analyzer runs the whole family, so without this a rule nobody wants
/// would still do its work for the driver to throw away. Asked per file, answered once per file.
/// </summary>
internal sealed class EnabledRules<TRule>
    where TRule : SupervisedRule
{
    private readonly CompilationOptions _options;
    private readonly ImmutableArray<TRule> _rules;
    private readonly ConcurrentDictionary<SyntaxTree, ImmutableArray<TRule>> _byTree = new();

    public EnabledRules(Compilation compilation, ImmutableArray<TRule> rules)
    {
        _options = compilation.Options;
        _rules = rules;
    }

    public ImmutableArray<TRule> In(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (_byTree.TryGetValue(tree, out var known))
        {
            return known;
        }

        List<TRule>? off = null;
        foreach (var rule in _rules)
        {
            if (IsOff(rule.Descriptor.Id, tree, cancellationToken))
            {
                (off ??= new List<TRule>()).Add(rule);
            }
        }

        var enabled = off is null ? _rules : _rules.RemoveRange(off);
        _byTree.TryAdd(tree, enabled);
        return enabled;
    }

    /// <summary>Whether the rule <paramref name="id"/>, of any family, is on in <paramref name="tree"/>.</summary>
    public bool IsOn(string id, SyntaxTree tree, CancellationToken cancellationToken) => !IsOff(id, tree, cancellationToken);

    private bool IsOff(string id, SyntaxTree tree, CancellationToken cancellationToken) => RuleSeverity.IsOff(_options, id, tree, cancellationToken);
}

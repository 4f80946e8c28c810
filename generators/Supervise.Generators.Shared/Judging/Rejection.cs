using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Supervise.Generators.Model;

namespace Supervise.Generators.Judging;

/// <summary>
/// Why the generator does not supervise a worker, as data: which check failed and what it found. The
/// analyzers turn each kind into its rule's message (SUP001–SUP004); the generator only needs to know there is one.
/// </summary>
internal abstract record Rejection
{
    private protected Rejection()
    {
    }

    /// <summary>The signature, or where the method is declared, rules it out (SUP002).</summary>
    internal sealed record Shape(WorkerShapeProblem Problem) : Rejection;

    /// <summary>A type that holds the worker is not <c>partial</c>, so the generator cannot add to it (SUP001).</summary>
    /// <param name="Type">The innermost type of the chain that is not partial.</param>
    internal sealed record NotPartial(INamedTypeSymbol Type) : Rejection;

    /// <summary>A type of the chain cannot be redeclared by generated code (SUP002).</summary>
    /// <param name="Type">The type that cannot be redeclared.</param>
    /// <param name="HasBrokenConstraint">True when a constraint of its type parameters names a missing type; false when it is no class, struct or record that can be extended.</param>
    internal sealed record Chain(INamedTypeSymbol Type, bool HasBrokenConstraint) : Rejection;

    /// <summary>The attribute has no readable constants: a compiler error reports it, so no rule does.</summary>
    internal sealed record UnreadableAttribute : Rejection
    {
        public static UnreadableAttribute Instance { get; } = new();
    }

    /// <summary>Attribute values a supervisor cannot run with (SUP003).</summary>
    internal sealed record InvalidOptions(ImmutableArray<OptionProblem> Problems) : Rejection;

    /// <summary>
    /// The worker is a child of its type's <c>[SupervisionGroup]</c>, which cannot make a group (unreadable, or
    /// values SUP012 reports on the type): a child runs only in its group, so neither is generated.
    /// </summary>
    internal sealed record UnusableGroup : Rejection
    {
        public static UnusableGroup Instance { get; } = new();
    }

    /// <summary>A generated member's name is taken by the type's name or by a member the user wrote (SUP004).</summary>
    /// <param name="Name">The name.</param>
    /// <param name="IsTypeName">Whether the name is the type's own, rather than a member's.</param>
    internal sealed record NameTaken(string Name, bool IsTypeName) : Rejection;

    /// <summary>Another worker of the type, accepted on its own, would generate a member of the same name (SUP004).</summary>
    /// <param name="Method">The other worker.</param>
    /// <param name="Names">The names the other worker would generate.</param>
    /// <param name="SharedName">The name both would generate.</param>
    internal sealed record Rival(IMethodSymbol Method, GeneratedNames Names, string SharedName) : Rejection;
}

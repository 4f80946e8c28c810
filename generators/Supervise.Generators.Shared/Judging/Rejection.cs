using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Supervise.Generators.Model;

namespace Supervise.Generators.Judging;

/// <summary>
/// Why the generator does not supervise a worker, as data: which check failed and what it found. The
/// analyzers turn each kind into its rule's message (SUP001–SUP004); the generator only needs to know there is one.
/// </summary>
internal abstract class Rejection
{
    private protected Rejection()
    {
    }

    /// <summary>The signature, or where the method is declared, rules it out (SUP002).</summary>
    internal sealed class Shape : Rejection
    {
        public Shape(WorkerShapeProblem problem) => Problem = problem;

        public WorkerShapeProblem Problem { get; }
    }

    /// <summary>A type that holds the worker is not <c>partial</c>, so the generator cannot add to it (SUP001).</summary>
    internal sealed class NotPartial : Rejection
    {
        public NotPartial(INamedTypeSymbol type) => Type = type;

        /// <summary>The innermost type of the chain that is not partial.</summary>
        public INamedTypeSymbol Type { get; }
    }

    /// <summary>A type of the chain cannot be redeclared by generated code (SUP002).</summary>
    internal sealed class Chain : Rejection
    {
        public Chain(INamedTypeSymbol type, bool hasBrokenConstraint)
        {
            Type = type;
            HasBrokenConstraint = hasBrokenConstraint;
        }

        /// <summary>The type that cannot be redeclared.</summary>
        public INamedTypeSymbol Type { get; }

        /// <summary>True when a constraint of its type parameters names a missing type; false when it is not a class, struct or record that can be extended.</summary>
        public bool HasBrokenConstraint { get; }
    }

    /// <summary>The attribute has no readable constants: a compiler error reports it, so no rule does.</summary>
    internal sealed class UnreadableAttribute : Rejection
    {
        public static UnreadableAttribute Instance { get; } = new();

        private UnreadableAttribute()
        {
        }
    }

    /// <summary>Attribute values a supervisor cannot run with (SUP003).</summary>
    internal sealed class InvalidOptions : Rejection
    {
        public InvalidOptions(ImmutableArray<OptionProblem> problems) => Problems = problems;

        public ImmutableArray<OptionProblem> Problems { get; }
    }

    /// <summary>A generated member's name is taken by the type's name or by a member the user wrote (SUP004).</summary>
    internal sealed class NameTaken : Rejection
    {
        public NameTaken(string name, bool isTypeName)
        {
            Name = name;
            IsTypeName = isTypeName;
        }

        public string Name { get; }

        /// <summary>Whether the name is the type's own, rather than a member's.</summary>
        public bool IsTypeName { get; }
    }

    /// <summary>Another worker of the type, accepted on its own, would generate a member of the same name (SUP004).</summary>
    internal sealed class Rival : Rejection
    {
        public Rival(IMethodSymbol method, GeneratedNames names, string sharedName)
        {
            Method = method;
            Names = names;
            SharedName = sharedName;
        }

        /// <summary>The other worker.</summary>
        public IMethodSymbol Method { get; }

        /// <summary>The names the other worker would generate.</summary>
        public GeneratedNames Names { get; }

        /// <summary>The name both would generate.</summary>
        public string SharedName { get; }
    }
}

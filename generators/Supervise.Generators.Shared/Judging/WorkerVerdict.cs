using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Supervise.Generators.Model;

namespace Supervise.Generators.Judging;

/// <summary>
/// The judge's answer for one worker: accepted (no rejections; <see cref="WorkerModelReader"/> makes its
/// model) or rejected, with every reason its checks found. Holds Roslyn objects, so it never leaves the step
/// that made it: the generator keeps only the model, the analyzers only the diagnostics they word from it.
/// </summary>
internal sealed class WorkerVerdict
{
    public WorkerVerdict(IMethodSymbol method, WorkerShape shape, WorkerOptions? options, GeneratedNames names, ImmutableArray<Rejection> rejections)
    {
        Method = method;
        Shape = shape;
        Options = options;
        Names = names;
        Rejections = rejections;
    }

    public IMethodSymbol Method { get; }

    public WorkerShape Shape { get; }

    /// <summary>The attribute's values, defaults filled in; null when they cannot be read (a compiler error).</summary>
    public WorkerOptions? Options { get; }

    public GeneratedNames Names { get; }

    /// <summary>Why the worker is not supervised, in the order the checks ran; empty when it is.</summary>
    public ImmutableArray<Rejection> Rejections { get; }

    public bool IsAccepted => Rejections.IsEmpty;

    /// <summary>The same verdict with one more reason: what the clash rule adds to a worker accepted on its own.</summary>
    public WorkerVerdict With(Rejection rejection) => new(Method, Shape, Options, Names, Rejections.Add(rejection));
}

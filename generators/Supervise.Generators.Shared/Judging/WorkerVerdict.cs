using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Supervise.Generators.Model;

namespace Supervise.Generators.Judging;

/// <summary>
/// The judge's answer for one worker: accepted (no rejections; <see cref="WorkerModelReader"/> makes its
/// model) or rejected, with every reason its checks found. Holds Roslyn objects, so it never leaves the step
/// that made it: the generator keeps only the model, the analyzers only the diagnostics they word from it.
/// </summary>
/// <param name="Method">The method judged.</param>
/// <param name="Shape">Its signature as the loop would see it.</param>
/// <param name="Options">The attribute's values, defaults filled in; null when they cannot be read (a compiler error).</param>
/// <param name="Names">The members it would get.</param>
/// <param name="Rejections">Why the worker is not supervised, in the order the checks ran; empty when it is.</param>
internal sealed record WorkerVerdict(IMethodSymbol Method, WorkerShape Shape, WorkerOptions? Options, GeneratedNames Names, ImmutableArray<Rejection> Rejections)
{
    public bool IsAccepted => Rejections.IsEmpty;

    /// <summary>The same verdict with one more reason: what the clash rule adds to a worker accepted on its own.</summary>
    public WorkerVerdict With(Rejection rejection) => this with { Rejections = Rejections.Add(rejection) };
}

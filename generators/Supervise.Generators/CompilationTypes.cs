using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Supervise.Generators.Judging;

namespace Supervise.Generators;

/// <summary>
/// The well-known types of each compilation the generator reads, resolved once per compilation rather than
/// once per worker: ten look-ups by metadata name for each of 2,000 workers made an edit's re-run seven
/// times slower. Owned by one generator instance and keyed weakly, so it keeps no compilation alive.
/// </summary>
internal sealed class CompilationTypes
{
    private static readonly ConditionalWeakTable<Compilation, WellKnownTypes>.CreateValueCallback Resolve = WellKnownTypes.From;

    private readonly ConditionalWeakTable<Compilation, WellKnownTypes> _byCompilation = new();

    public WellKnownTypes For(Compilation compilation) => _byCompilation.GetValue(compilation, Resolve);
}

using System.Collections.Immutable;

namespace Supervise.Generators.Judging;

/// <summary>What a run of checks found. Checks usually find nothing, so the list is only made for a first finding.</summary>
internal struct Findings<T>
{
    private ImmutableArray<T>.Builder? _items;

    public void Add(T item) => (_items ??= ImmutableArray.CreateBuilder<T>()).Add(item);

    public readonly ImmutableArray<T> ToImmutable() => _items?.ToImmutable() ?? ImmutableArray<T>.Empty;
}

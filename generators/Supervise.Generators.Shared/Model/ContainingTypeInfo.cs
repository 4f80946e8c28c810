namespace Supervise.Generators.Model;

/// <summary>One type of the chain that contains a worker, as the emitter redeclares it.</summary>
/// <param name="Keyword">The declaration keyword: <c>class</c>, <c>struct</c>, <c>record</c> or <c>record struct</c>.</param>
/// <param name="Name">The name with its type parameters, keywords escaped, such as <c>Pump&lt;T&gt;</c>.</param>
internal sealed record ContainingTypeInfo(string Keyword, string Name);

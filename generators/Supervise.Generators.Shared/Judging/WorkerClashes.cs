using System.Collections.Generic;
using Supervise.Generators.Model;

namespace Supervise.Generators.Judging;

/// <summary>
/// The one rule for workers of one type that clash: two workers accepted on their own that would
/// generate a member of the same name (<c>Pump</c> and <c>PumpAsync</c>) are both left out. The generator
/// applies it to the workers it groups, and to a base class's workers it lists; SUP004 reports it.
/// </summary>
internal static class WorkerClashes
{
    /// <summary>For each worker, the first other one it clashes with and the name they share; null for a worker that clashes with none.</summary>
    public static (int Rival, string Name)?[] Find(IReadOnlyList<GeneratedNames> names)
    {
        var clashes = new (int Rival, string Name)?[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            for (var j = 0; j < names.Count; j++)
            {
                if (i != j && names[i].SharedName(names[j]) is { } shared)
                {
                    clashes[i] = (j, shared);
                    break;
                }
            }
        }

        return clashes;
    }
}

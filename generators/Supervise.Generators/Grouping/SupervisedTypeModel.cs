using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Supervise.Generators.Judging;
using Supervise.Generators.Model;

namespace Supervise.Generators.Grouping;

/// <summary>A partial type and its supervised workers: the unit of one generated file.</summary>
/// <param name="Type">The type.</param>
/// <param name="Workers">Its workers, in source order.</param>
/// <param name="HintName">The file name of the generated source (see <see cref="HintNames"/>).</param>
internal sealed record SupervisedTypeModel(ContainingTypeModel Type, EquatableArray<WorkerModel> Workers, string HintName)
{
    /// <summary>
    /// Groups workers by their type, in source order (for a supervision group's type: by file path, then
    /// source order, see <see cref="GroupChildren"/>). Workers whose generated names clash with each
    /// other (<c>Pump</c> and <c>PumpAsync</c>) are all left out (<see cref="WorkerClashes"/>): SUP004 reports them.
    /// </summary>
    public static ImmutableArray<SupervisedTypeModel> Group(ImmutableArray<WorkerModel> workers)
    {
        var byType = new Dictionary<ContainingTypeModel, List<WorkerModel>>();
        var order = new List<ContainingTypeModel>();
        foreach (var worker in workers)
        {
            if (!byType.TryGetValue(worker.Type, out var list))
            {
                list = new List<WorkerModel>();
                byType.Add(worker.Type, list);
                order.Add(worker.Type);
            }

            list.Add(worker);
        }

        var types = new List<ContainingTypeModel>(order.Count);
        var kept = new List<WorkerModel[]>(order.Count);
        foreach (var type in order)
        {
            var ofType = byType[type];
            if (type.Group is not null)
            {
                // A group's children start in this order, which must not depend on the order the build lists files in.
                ofType = ofType.OrderBy(worker => worker.FilePath, StringComparer.Ordinal).ToList();
            }

            var names = new GeneratedNames[ofType.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = ofType[i].Names;
            }

            var clashes = WorkerClashes.Find(names);
            var supervised = new List<WorkerModel>(ofType.Count);
            for (var i = 0; i < ofType.Count; i++)
            {
                if (clashes[i] is null)
                {
                    supervised.Add(ofType[i]);
                }
            }

            if (supervised.Count > 0)
            {
                types.Add(type);
                kept.Add(supervised.ToArray());
            }
        }

        var hints = HintNames.Assign(types);
        var result = ImmutableArray.CreateBuilder<SupervisedTypeModel>(types.Count);
        for (var i = 0; i < types.Count; i++)
        {
            result.Add(new SupervisedTypeModel(types[i], new EquatableArray<WorkerModel>(kept[i]), hints[i]));
        }

        return result.MoveToImmutable();
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Supervise.Generators.Model;

/// <summary>A partial type and its supervised workers: the unit of one generated file.</summary>
internal sealed record SupervisedTypeModel(ContainingTypeModel Type, EquatableArray<WorkerModel> Workers)
{
    /// <summary>
    /// Groups workers by their type, in source order. Workers whose generated names clash with each
    /// other (<c>Pump</c> and <c>PumpAsync</c>) are all left out: the analyzer reports them.
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

        var result = ImmutableArray.CreateBuilder<SupervisedTypeModel>(order.Count);
        foreach (var type in order)
        {
            var workersOfType = byType[type];
            var kept = workersOfType
                .Where((worker, index) => !workersOfType.Where((_, other) => other != index).Any(other => worker.Names.SharedName(other.Names) is not null))
                .ToArray();
            if (kept.Length > 0)
            {
                result.Add(new SupervisedTypeModel(type, new EquatableArray<WorkerModel>(kept)));
            }
        }

        return result.ToImmutable();
    }
}

using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

public sealed class KeyedWorkerTests
{
    private readonly Dictionary<string, WorkerScript> _scripts = new();

    [Fact]
    public async Task A_worker_with_a_parameter_before_its_token_gets_one_supervisor_per_argument_named_by_its_key()
    {
        var consumers = new PartitionConsumers(ScriptOf);
        var set = consumers.ConsumeSupervisors;

        var p1 = set.Start("p1");
        var p2 = set.Start("p2");
        await ScriptOf("p1").NextRunAsync();
        await ScriptOf("p2").NextRunAsync();

        Assert.Equal("PartitionConsumers.Consume", set.WorkerName);
        Assert.Equal("PartitionConsumers.Consume[p1]", p1.Name);
        Assert.Equal("PartitionConsumers.Consume", p1.WorkerName);
        Assert.Equal("p1", p1.Key);
        Assert.NotSame(p1, p2);
        Assert.Same(set, consumers.ConsumeSupervisors);
        Assert.Same(set, Assert.Single(((ISupervisedWorkerSets)consumers).SupervisorSets));
        Assert.Empty(((ISupervisedWorkers)consumers).Supervisors);
        await set.StopAllAsync();
    }

    [Fact]
    public async Task Each_child_restarts_by_the_methods_policy_with_its_own_argument()
    {
        var set = new PartitionConsumers(ScriptOf).ConsumeSupervisors;
        var child = set.Start("p1");
        var states = new StateRecorder(child);

        (await ScriptOf("p1").NextRunAsync()).Fail(new InvalidOperationException("broker gone"));
        await states.WaitForAsync(SupervisorState.WaitingToRestart);

        Assert.Equal(100, child.Settings.RestartDelayMs);
        Assert.Equal(0, ScriptOf("p2").RunCount);
        await set.StopAllAsync();
    }

    [Fact]
    public async Task Several_parameters_key_the_set_by_a_tuple_in_order()
    {
        var set = new TopicConsumers(ScriptOf).ReadSupervisors;

        var child = set.Start(("orders", 3));
        var run = await ScriptOf("orders/3").NextRunAsync();

        Assert.Equal("TopicConsumers.Read[(orders, 3)]", child.Name);
        Assert.Same(child, set.Start(("orders", 3)));
        Assert.False(run.StoppingToken.IsCancellationRequested);
        await set.StopAllAsync();
        Assert.True(run.StoppingToken.IsCancellationRequested);
    }

    private WorkerScript ScriptOf(string key)
    {
        lock (_scripts)
        {
            if (!_scripts.TryGetValue(key, out var script))
            {
                _scripts[key] = script = new WorkerScript();
            }

            return script;
        }
    }
}

using Microsoft.Extensions.Time.Testing;
using Supervise.Tests.Support;
using Supervise.Tests.Workers;

namespace Supervise.Tests;

public sealed class SupervisorSetTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly Dictionary<string, WorkerScript> _scripts = new();
    private readonly SupervisorSet<string> _set;

    public SupervisorSetTests()
    {
        _set = new SupervisorSet<string>("Consumers.Consume", key => new FixedWorker(ScriptOf(key)).WorkSupervisor);
        _set.ConfigureChildren(child => child.TimeProvider = _time);
    }

    [Fact]
    public async Task Starting_a_key_supervises_a_child_for_it_and_starting_it_again_returns_the_same_child_without_a_second_loop()
    {
        var first = _set.Start("p1");
        await ScriptOf("p1").NextRunAsync();

        var again = _set.Start("p1");

        Assert.Same(first, again);
        Assert.Equal(1, _set.Count);
        Assert.Equal(1, ScriptOf("p1").RunCount);
        Assert.True(_set.TryGet("p1", out var found));
        Assert.Same(first, found);
        Assert.False(_set.TryGet("p2", out _));
        await _set.StopAllAsync();
    }

    [Fact]
    public async Task Each_key_gets_its_own_child_and_the_keys_keep_their_start_order()
    {
        _set.Start("p2");
        _set.Start("p1");
        _set.Start("p3");
        await ScriptOf("p3").NextRunAsync();

        Assert.Equal(new[] { "p2", "p1", "p3" }, _set.Keys);
        Assert.Equal(3, _set.Children.Distinct().Count());
        await _set.StopAllAsync();
    }

    [Fact]
    public async Task Stopping_a_key_stops_its_child_and_removes_it()
    {
        var child = _set.Start("p1");
        var run = await ScriptOf("p1").NextRunAsync();

        await Guard.Within(_set.StopAsync("p1"));

        Assert.True(run.Task.IsCanceled);
        Assert.Equal(SupervisorState.Stopped, child.State);
        Assert.Equal(0, _set.Count);
        Assert.False(_set.TryGet("p1", out _));
        await Guard.Within(_set.StopAsync("unknown"));
    }

    [Fact]
    public async Task Stop_all_asks_the_last_started_child_first_and_empties_the_set()
    {
        var asked = new List<string>();
        foreach (var key in new[] { "a", "b", "c" })
        {
            _set.Start(key);
            var run = await ScriptOf(key).NextRunAsync();
            run.StoppingToken.Register(() =>
            {
                lock (asked)
                {
                    asked.Add(key);
                }
            });
        }

        await Guard.Within(_set.StopAllAsync());

        Assert.Equal(new[] { "c", "b", "a" }, asked);
        Assert.Equal(0, _set.Count);
    }

    [Fact]
    public async Task A_child_that_gave_up_stays_faulted_in_the_set_until_started_again()
    {
        var set = new SupervisorSet<string>("Jobs.Run", key => new NeverWorker(ScriptOf(key)).WorkSupervisor);
        var child = set.Start("nightly");
        var states = new StateRecorder(child);
        (await ScriptOf("nightly").NextRunAsync()).Fail(new InvalidOperationException("import file missing"));
        await states.WaitForAsync(SupervisorState.Faulted);

        Assert.True(set.TryGet("nightly", out var faulted));
        Assert.Equal(SupervisorState.Faulted, faulted.State);

        Assert.Same(child, set.Start("nightly"));
        Assert.Equal(2, (await ScriptOf("nightly").NextRunAsync()).Number);
        Assert.Equal(SupervisorState.Running, child.State);
        await set.StopAllAsync();
    }

    [Fact]
    public async Task A_key_being_stopped_cannot_be_started_until_its_stop_completes()
    {
        _set.Start("p1");
        var run = await ScriptOf("p1").NextRunAsync();
        run.IgnoreStopToken();

        var stopping = _set.StopAsync("p1");
        var refused = Assert.Throws<InvalidOperationException>(() => _set.Start("p1"));
        Assert.Contains("is being stopped", refused.Message, StringComparison.Ordinal);

        run.Complete();
        await Guard.Within(stopping);
        _set.Start("p1");
        Assert.Equal(2, (await ScriptOf("p1").NextRunAsync()).Number);
        await _set.StopAllAsync();
    }

    [Fact]
    public async Task Concurrent_starts_of_one_key_make_one_child_with_one_run()
    {
        var started = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => _set.Start("p1"))));
        await ScriptOf("p1").NextRunAsync();

        Assert.Single(started.Distinct());
        Assert.Equal(1, ScriptOf("p1").RunCount);
        Assert.False(ScriptOf("p1").HasPendingRun);
        await _set.StopAllAsync();
    }

    [Fact]
    public async Task Keys_compare_by_their_types_equality()
    {
        var tuples = new SupervisorSet<(string Topic, int Partition)>("Consumers.Consume", key => new FixedWorker(ScriptOf(key.ToString())).WorkSupervisor);
        tuples.ConfigureChildren(child => child.TimeProvider = _time);

        var first = tuples.Start(("orders", 1));
        var same = tuples.Start(("orders", 1));
        var other = tuples.Start(("orders", 2));

        Assert.Same(first, same);
        Assert.NotSame(first, other);
        Assert.Equal(2, tuples.Count);
        await tuples.StopAllAsync();
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

using Microsoft.Extensions.Time.Testing;
using Supervise.Tests.Support;
using Supervise.Tests.Workers;
using Xunit.Abstractions;

namespace Supervise.Tests.Hostile;

/// <summary>
/// Starts, stops, handlers, the watchdog, the circuit breaker and the restart limit all at once, from
/// several threads, on a fake clock that a thread of its own keeps advancing. Bounded by iteration
/// counts (a few seconds), not by waiting.
/// </summary>
public sealed class SupervisorStressTests
{
    private static readonly HashSet<(SupervisorState From, SupervisorState To)> DocumentedTransitions = new()
    {
        (SupervisorState.NotStarted, SupervisorState.Running),
        (SupervisorState.Stopped, SupervisorState.Running),
        (SupervisorState.Faulted, SupervisorState.Running),
        (SupervisorState.Running, SupervisorState.WaitingToRestart),
        (SupervisorState.Running, SupervisorState.CircuitOpen),
        (SupervisorState.Running, SupervisorState.Stopping),
        (SupervisorState.Running, SupervisorState.Stopped),
        (SupervisorState.Running, SupervisorState.Faulted),
        (SupervisorState.Running, SupervisorState.Unstopped),
        (SupervisorState.WaitingToRestart, SupervisorState.Running),
        (SupervisorState.WaitingToRestart, SupervisorState.Stopping),
        (SupervisorState.CircuitOpen, SupervisorState.Running),
        (SupervisorState.CircuitOpen, SupervisorState.Stopping),
        (SupervisorState.Stopping, SupervisorState.Stopped),
        (SupervisorState.Stopping, SupervisorState.Unstopped),
        (SupervisorState.Stopping, SupervisorState.Faulted),
        (SupervisorState.Unstopped, SupervisorState.Stopped),
        (SupervisorState.Unstopped, SupervisorState.Running),
        (SupervisorState.Unstopped, SupervisorState.Stopping),
    };

    private readonly ITestOutputHelper _output;
    private readonly FakeTimeProvider _time = new();
    private readonly List<(SupervisorState From, SupervisorState To)> _transitions = new();
    private readonly List<int> _attempts = new();
    private int _activeRuns;
    private int _overlaps;
    private int _runs;

    public SupervisorStressTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task Under_concurrent_starts_stops_handlers_and_watchdog_a_handle_never_runs_twice_and_keeps_its_contract()
    {
        var supervisor = new StressWorker(RunAsync).WorkSupervisor;
        supervisor.TimeProvider = _time;
        supervisor.Random = new Random(7);
        supervisor.StateChanged += (_, change) =>
        {
            lock (_transitions)
            {
                _transitions.Add((change.PreviousState, change.State));
            }

            if (change.State == SupervisorState.Running && Random.Shared.Next(8) == 0)
            {
                _ = Observe(supervisor.StopAsync());
            }
            else if (change.State is SupervisorState.Stopped or SupervisorState.Faulted && Random.Shared.Next(2) == 0)
            {
                TryStart(supervisor);
            }
        };
        supervisor.Restarting += (_, _) =>
        {
            if (Random.Shared.Next(10) == 0)
            {
                _ = Observe(supervisor.StopAsync());
            }
        };

        using var done = new CancellationTokenSource();
        var clock = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                _time.Advance(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 8)));
                await Task.Yield();
            }
        });
        var starter = Task.Run(async () =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                TryStart(supervisor);
                await Task.Yield();
            }
        });
        var stopper = Task.Run(async () =>
        {
            for (var i = 0; i < 4_000; i++)
            {
                await Observe(supervisor.StopAsync());
            }
        });
        var runner = Task.Run(async () =>
        {
            for (var i = 0; i < 1_000; i++)
            {
                using var stop = new CancellationTokenSource();
                var running = supervisor.RunAsync(stop.Token);
                await Task.Yield();
                await stop.CancelAsync();
                try
                {
                    await Observe(running);
                }
                catch (InvalidOperationException)
                {
                    // Another thread's session was running: the rule under test.
                }
            }
        });

        await Guard.Within(Task.WhenAll(starter, stopper, runner));

        // Settle: stop until the handle rests, the clock still running so every run can return.
        for (var i = 0; i < 10_000 && supervisor.State is not (SupervisorState.Stopped or SupervisorState.Faulted); i++)
        {
            await Observe(supervisor.StopAsync());
            await Task.Yield();
        }

        await done.CancelAsync();
        await Guard.Within(clock);

        var states = _transitions.GroupBy(transition => transition.To).OrderBy(group => group.Key).Select(group => $"{group.Key} {group.Count()}");
        _output.WriteLine($"{_runs} runs, {_transitions.Count} state changes: {string.Join(", ", states)}");
        Assert.True(_runs > 100, $"only {_runs} runs: the test exercised too little");
        Assert.Equal(0, _overlaps);
        Assert.Equal(0, Volatile.Read(ref _activeRuns));
        Assert.True(supervisor.State is SupervisorState.Stopped or SupervisorState.Faulted, $"the handle did not come to rest: {supervisor.State}");
        lock (_transitions)
        {
            Assert.All(_transitions, transition => Assert.Contains(transition, DocumentedTransitions));
            for (var i = 1; i < _transitions.Count; i++)
            {
                Assert.True(_transitions[i].From == _transitions[i - 1].To, $"event {i} ({_transitions[i]}) does not follow event {i - 1} ({_transitions[i - 1]})");
            }
        }

        lock (_attempts)
        {
            // Each session counts from 1, one up per run: no restart is counted twice or lost.
            for (var i = 1; i < _attempts.Count; i++)
            {
                Assert.True(_attempts[i] == 1 || _attempts[i] == _attempts[i - 1] + 1, $"run {i} had attempt {_attempts[i]} after {_attempts[i - 1]}");
            }
        }
    }

    private static void TryStart(Supervisor supervisor)
    {
        try
        {
            supervisor.Start();
        }
        catch (InvalidOperationException)
        {
            // Already running, or a worker left unstopped has not returned: the rule under test.
        }
    }

    private static async Task Observe(Task task)
    {
        try
        {
            await task;
        }
        catch (WorkerUnstoppedException)
        {
        }
        catch (SupervisorGaveUpException)
        {
        }
    }

    private async Task RunAsync(SupervisionContext context)
    {
        if (Interlocked.Increment(ref _activeRuns) > 1)
        {
            Interlocked.Increment(ref _overlaps);
        }

        Interlocked.Increment(ref _runs);
        lock (_attempts)
        {
            _attempts.Add(context.Attempt);
        }

        try
        {
            switch (Random.Shared.Next(7))
            {
                case 0:
                    return;
                case 1:
                case 6:
                    await Task.Yield();
                    throw new InvalidOperationException("a failure");
                case 2:
                    await Task.Delay(TimeSpan.FromMilliseconds(10), _time, context.StoppingToken);
                    context.Heartbeat();
                    break;
                case 3:
                    // Ignores its token: hangs past the heartbeat, or past the shutdown timeout of a stop.
                    await Task.Delay(TimeSpan.FromMilliseconds(70), _time);
                    break;
                case 4:
                    for (var beat = 0; beat < 5; beat++)
                    {
                        await Task.Delay(TimeSpan.FromMilliseconds(15), _time, context.StoppingToken);
                        context.Heartbeat();
                    }

                    break;
                default:
                    await Task.Yield();
                    break;
            }
        }
        finally
        {
            Interlocked.Decrement(ref _activeRuns);
        }
    }
}

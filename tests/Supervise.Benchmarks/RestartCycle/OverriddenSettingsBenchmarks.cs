using BenchmarkDotNet.Attributes;

namespace Supervise.Benchmarks.RestartCycle;

/// <summary>
/// What a restart cycle costs once configuration has overridden a worker's settings (in a host,
/// <c>Supervise:Workers:&lt;name&gt;:&lt;option&gt;</c> reaches the supervisor through
/// <see cref="Supervisor.UpdateSettings"/>), beside the same worker on the constants its attribute compiled in.
/// The override keeps <c>Immediate</c> and changes what a cycle never reads (limits it does not reach, the
/// shutdown timeout), so the difference is what running on replaced settings costs, not a different policy.
/// </summary>
[MemoryDiagnoser]
public class OverriddenSettingsBenchmarks
{
    private readonly CycleWorkers _compiled = new();
    private readonly CycleWorkers _overridden = new();

    public OverriddenSettingsBenchmarks()
    {
        _overridden.ThrowsSupervisor.UpdateSettings(new SupervisorSettings(_overridden.ThrowsSupervisor.Settings)
        {
            ShutdownTimeoutMs = 2_000,
            MaxDelayMs = 10_000,
            ResetAfterMs = 60_000,
        });
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = CycleWorkers.Cycles)]
    public Task CompiledSettings() => _compiled.ThrowsSupervisor.RunAsync(_compiled.Reset());

    [Benchmark(OperationsPerInvoke = CycleWorkers.Cycles)]
    public Task OverriddenSettings() => _overridden.ThrowsSupervisor.RunAsync(_overridden.Reset());
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Supervise.Hosting.Tests.Support;
using Supervise.Hosting.Tests.Workers;

namespace Supervise.Hosting.Tests;

public sealed class HostLifecycleTests
{
    private readonly TestClock _clock = new();

    [Fact]
    public async Task Workers_start_when_the_host_starts()
    {
        var script = new WorkerScript();
        var pump = new Pump(script);
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(pump);
        builder.Services.AddSupervisedWorkers<Pump>();
        using var host = builder.Build();

        Assert.Equal(SupervisorState.NotStarted, pump.PumpSupervisor.State);
        await host.StartAsync();

        await script.NextRunAsync();
        Assert.Equal(SupervisorState.Running, pump.PumpSupervisor.State);
        await host.StopAsync();
    }

    [Fact]
    public async Task Workers_stop_when_the_host_stops()
    {
        var script = new WorkerScript();
        var pump = new Pump(script);
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(pump);
        builder.Services.AddSupervisedWorkers<Pump>();
        using var host = builder.Build();
        await host.StartAsync();
        var run = await script.NextRunAsync();

        await Guard.Within(host.StopAsync());

        Assert.True(run.StoppingToken.IsCancellationRequested);
        Assert.Equal(SupervisorState.Stopped, pump.PumpSupervisor.State);
    }

    [Fact]
    public async Task Workers_start_in_registration_then_declaration_order()
    {
        var (host, order) = BuildPipelineAndAuditor();
        using (host)
        {
            await host.StartAsync();

            Assert.Equal(["Pipeline.Read", "Pipeline.Write", "Auditor.Audit"], order.Started);
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Workers_stop_one_by_one_in_reverse_start_order()
    {
        var (host, order) = BuildPipelineAndAuditor();
        using (host)
        {
            await host.StartAsync();

            await Guard.Within(host.StopAsync());

            Assert.Equal(
                ["Auditor.Audit stopping", "Auditor.Audit stopped", "Pipeline.Write stopping", "Pipeline.Write stopped", "Pipeline.Read stopping", "Pipeline.Read stopped"],
                order.Stopping);
        }
    }

    [Fact]
    public async Task A_worker_type_that_is_not_registered_is_registered_as_a_singleton_and_supervised()
    {
        var script = new WorkerScript();
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(script);
        builder.Services.AddSupervisedWorkers<Auditor>();
        using var host = builder.Build();

        await host.StartAsync();

        var auditor = host.Services.GetRequiredService<Auditor>();
        Assert.Same(auditor, host.Services.GetRequiredService<Auditor>());
        await script.NextRunAsync();
        Assert.Equal(SupervisorState.Running, auditor.AuditSupervisor.State);
        await host.StopAsync();
    }

    [Fact]
    public async Task Adding_the_same_worker_type_twice_runs_its_workers_once()
    {
        var script = new WorkerScript();
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(new Pump(script));
        builder.Services.AddSupervisedWorkers<Pump>();
        builder.Services.AddSupervisedWorkers<Pump>();
        using var host = builder.Build();

        await host.StartAsync();
        await script.NextRunAsync();
        await Guard.Within(host.StopAsync());

        Assert.Single(host.Services.GetServices<IHostedService>());
        Assert.Equal(1, script.RunCount);
    }

    [Fact]
    public async Task A_worker_object_registered_under_two_types_is_supervised_once()
    {
        var script = new WorkerScript();
        var pump = new Pump(script);
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(pump);
        builder.Services.AddSingleton<ISupervisedWorkers>(pump);
        builder.Services.AddSupervisedWorkers<Pump>();
        builder.Services.AddSupervisedWorkers<ISupervisedWorkers>();
        using var host = builder.Build();

        await host.StartAsync();
        await script.NextRunAsync();
        await Guard.Within(host.StopAsync());

        Assert.Equal(1, script.RunCount);
        Assert.Equal(SupervisorState.Stopped, pump.PumpSupervisor.State);
    }

    [Fact]
    public async Task Supervisors_run_on_the_containers_time_provider()
    {
        var script = new WorkerScript();
        var pump = new Pump(script);
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(pump);
        builder.Services.AddSupervisedWorkers<Pump>();
        using var host = builder.Build();
        await host.StartAsync();
        var states = new StateRecorder(pump.PumpSupervisor);

        (await script.NextRunAsync()).Fail(new InvalidOperationException("boom"));
        await states.WaitForAsync(SupervisorState.WaitingToRestart);
        _clock.Advance(TimeSpan.FromMilliseconds(500));

        Assert.Equal(2, (await script.NextRunAsync()).Number);
        Assert.Same(_clock, pump.PumpSupervisor.TimeProvider);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_clock_set_on_a_supervisor_before_the_host_starts_is_kept()
    {
        var ownClock = new TestClock();
        var pump = new Pump(new WorkerScript());
        pump.PumpSupervisor.TimeProvider = ownClock;
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(pump);
        builder.Services.AddSupervisedWorkers<Pump>();
        using var host = builder.Build();

        await host.StartAsync();

        Assert.Same(ownClock, pump.PumpSupervisor.TimeProvider);
        await host.StopAsync();
    }

    [Fact]
    public async Task Hosted_supervisors_remember_their_last_50_runs_unless_given_their_own_capacity()
    {
        var pump = new Pump(new WorkerScript());
        var pipeline = new Pipeline(new PipelineScripts());
        pipeline.ReadSupervisor.RunHistoryCapacity = 5;
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(pump).AddSingleton(pipeline);
        builder.Services.AddSupervisedWorkers<Pump>().AddSupervisedWorkers<Pipeline>();
        using var host = builder.Build();

        await host.StartAsync();

        Assert.Equal(50, pump.PumpSupervisor.RunHistoryCapacity);
        Assert.Equal(5, pipeline.ReadSupervisor.RunHistoryCapacity);
        await host.StopAsync();
    }

    [Fact]
    public async Task Two_workers_with_the_same_name_fail_the_host_start_with_a_message_that_names_both()
    {
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(new WorkerScript());
        builder.Services.AddSupervisedWorkers<Twin1>();
        builder.Services.AddSupervisedWorkers<Twin2>();
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("'twin'", failure.Message, StringComparison.Ordinal);
        Assert.Contains(typeof(Twin1).FullName!, failure.Message, StringComparison.Ordinal);
        Assert.Contains(typeof(Twin2).FullName!, failure.Message, StringComparison.Ordinal);
        Assert.Contains("Name =", failure.Message, StringComparison.Ordinal);
    }

    private (IHost Host, LifecycleOrder Order) BuildPipelineAndAuditor()
    {
        var pipeline = new Pipeline(new PipelineScripts());
        var auditor = new Auditor(new WorkerScript());
        var order = new LifecycleOrder(pipeline.ReadSupervisor, pipeline.WriteSupervisor, auditor.AuditSupervisor);
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(pipeline);
        builder.Services.AddSingleton(auditor);
        builder.Services.AddSupervisedWorkers<Pipeline>();
        builder.Services.AddSupervisedWorkers<Auditor>();
        return (builder.Build(), order);
    }

    /// <summary>Records, across supervisors, the order in which they start and stop.</summary>
    private sealed class LifecycleOrder
    {
        private readonly object _gate = new();
        private readonly List<string> _started = new();
        private readonly List<string> _stopping = new();

        public LifecycleOrder(params Supervisor[] supervisors)
        {
            foreach (var supervisor in supervisors)
            {
                supervisor.StateChanged += (_, change) =>
                {
                    lock (_gate)
                    {
                        switch (change.State)
                        {
                            case SupervisorState.Running when change.PreviousState == SupervisorState.NotStarted:
                                _started.Add(supervisor.Name);
                                break;
                            case SupervisorState.Stopping:
                                _stopping.Add($"{supervisor.Name} stopping");
                                break;
                            case SupervisorState.Stopped:
                                _stopping.Add($"{supervisor.Name} stopped");
                                break;
                        }
                    }
                };
            }
        }

        public string[] Started
        {
            get
            {
                lock (_gate)
                {
                    return _started.ToArray();
                }
            }
        }

        public string[] Stopping
        {
            get
            {
                lock (_gate)
                {
                    return _stopping.ToArray();
                }
            }
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Supervise.Hosting.Tests.Support;
using Supervise.Hosting.Tests.Workers;

namespace Supervise.Hosting.Tests;

public sealed class ShutdownTests
{
    private readonly TestClock _clock = new();

    [Fact]
    public async Task Host_stop_waits_for_a_workers_shutdown_timeout_then_completes_and_names_the_worker_left_running()
    {
        var script = new WorkerScript();
        var pump = new Pump(script);
        using var host = Build(services => services.AddSingleton(pump).AddSupervisedWorkers<Pump>());
        await host.StartAsync();
        var run = await script.NextRunAsync();
        run.IgnoreStopToken();

        var stopping = host.StopAsync();
        await _clock.TimerCreatedAsync(TimeSpan.FromMilliseconds(1000));
        Assert.False(stopping.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1000));
        await Guard.Within(stopping);

        Assert.Equal(SupervisorState.Unstopped, pump.PumpSupervisor.State);
        var leftRunning = Assert.Single(host.Logs(SupervisedWorkersLogCategories.Hosting), record => record.Id.Id == 203);
        Assert.Equal(LogLevel.Error, leftRunning.Level);
        Assert.Contains("Pump.Pump", leftRunning.Message, StringComparison.Ordinal);
        run.Complete();
    }

    [Fact]
    public async Task Host_stop_completes_within_the_hosts_shutdown_timeout_even_when_the_workers_own_timeout_is_longer()
    {
        var script = new WorkerScript();
        var slow = new SlowToStop(script);
        using var host = Build(services => services
            .AddSingleton(slow)
            .AddSupervisedWorkers<SlowToStop>()
            .Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.Zero));
        await host.StartAsync();
        var run = await script.NextRunAsync();
        run.IgnoreStopToken();

        // No time passes on the workers' clock: only the host's timeout can end this stop.
        await Guard.Within(host.StopAsync());

        Assert.Equal(SupervisorState.Unstopped, slow.DrainSupervisor.State);
        var leftRunning = Assert.Single(host.Logs(SupervisedWorkersLogCategories.Hosting), record => record.Id.Id == 203);
        Assert.Contains("SlowToStop.Drain", leftRunning.Message, StringComparison.Ordinal);
        run.Complete();
    }

    [Fact]
    public async Task A_worker_left_running_does_not_keep_the_workers_stopped_after_it_from_stopping()
    {
        var scripts = new PipelineScripts();
        var pipeline = new Pipeline(scripts);
        using var host = Build(services => services.AddSingleton(pipeline).AddSupervisedWorkers<Pipeline>());
        await host.StartAsync();
        var read = await scripts.Read.NextRunAsync();
        var write = await scripts.Write.NextRunAsync();
        write.IgnoreStopToken();

        var stopping = host.StopAsync();
        await _clock.TimerCreatedAsync(TimeSpan.FromMilliseconds(5000));
        _clock.Advance(TimeSpan.FromMilliseconds(5000));
        await Guard.Within(stopping);

        Assert.Equal(SupervisorState.Unstopped, pipeline.WriteSupervisor.State);
        Assert.Equal(SupervisorState.Stopped, pipeline.ReadSupervisor.State);
        Assert.True(read.Task.IsCanceled);
        write.Complete();
    }

    [Fact]
    public async Task A_stop_token_callback_that_throws_in_one_worker_does_not_keep_the_others_of_its_type_from_stopping()
    {
        var scripts = new PipelineScripts();
        var pipeline = new Pipeline(scripts);
        using var host = Build(services => services.AddSingleton(pipeline).AddSupervisedWorkers<Pipeline>());
        await host.StartAsync();
        var read = await scripts.Read.NextRunAsync();
        var write = await scripts.Write.NextRunAsync();
        write.StoppingToken.Register(() => throw new InvalidOperationException("the worker's callback is broken"));

        // Write stops first (reverse order); its broken callback is its own failure, not the stop's.
        await Guard.Within(host.StopAsync());

        Assert.Equal(SupervisorState.Stopped, pipeline.WriteSupervisor.State);
        Assert.Equal(SupervisorState.Stopped, pipeline.ReadSupervisor.State);
        Assert.True(read.Task.IsCanceled);
        Assert.Contains(host.Logs(SupervisedWorkersLogCategories.Supervisor), record => record.Id.Id == 15 && record.Message.Contains("Pipeline.Write", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_worker_that_stops_in_time_is_not_reported_as_left_running()
    {
        var script = new WorkerScript();
        using var host = Build(services => services.AddSingleton(new Pump(script)).AddSupervisedWorkers<Pump>());
        await host.StartAsync();
        await script.NextRunAsync();

        await Guard.Within(host.StopAsync());

        Assert.DoesNotContain(host.Logs(SupervisedWorkersLogCategories.Hosting), record => record.Id.Id == 203);
    }

    private IHost Build(Action<IServiceCollection> configure)
    {
        var builder = TestHost.CreateBuilder(_clock);
        configure(builder.Services);
        return builder.Build();
    }
}

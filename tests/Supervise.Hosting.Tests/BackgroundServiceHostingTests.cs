using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Supervise.Hosting.Tests.Support;
using Supervise.Hosting.Tests.Workers;

namespace Supervise.Hosting.Tests;

/// <summary>A [Supervised] BackgroundService registered either way runs once; registered both ways, the host refuses to start.</summary>
public sealed class BackgroundServiceHostingTests
{
    private readonly TestClock _clock = new();
    private readonly WorkerScript _script = new();

    [Fact]
    public async Task Registered_both_ways_the_host_fails_to_start_naming_the_type_and_the_line_to_remove_and_nothing_runs()
    {
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(_script);
        builder.Services.AddHostedService<TemplateWorker>();
        builder.Services.AddSupervisedWorkers<TemplateWorker>();
        using var host = builder.Build();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains(typeof(TemplateWorker).FullName!, refused.Message, StringComparison.Ordinal);
        Assert.Contains("remove the line AddHostedService<TemplateWorker>()", refused.Message, StringComparison.Ordinal);
        Assert.Contains("or remove the line AddSupervisedWorkers<TemplateWorker>()", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, _script.RunCount);
    }

    [Fact]
    public async Task Registered_both_ways_in_the_other_order_the_host_fails_to_start_too()
    {
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(_script);
        builder.Services.AddSupervisedWorkers<TemplateWorker>();
        builder.Services.AddHostedService<TemplateWorker>();
        using var host = builder.Build();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("registered twice", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, _script.RunCount);
    }

    [Fact]
    public async Task Registered_both_ways_on_one_instance_the_host_fails_to_start_too()
    {
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(_script);
        builder.Services.AddSupervisedWorkers<TemplateWorker>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<TemplateWorker>());
        using var host = builder.Build();

        await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Equal(0, _script.RunCount);
    }

    [Fact]
    public async Task With_AddHostedService_alone_it_runs_once_supervised_and_stops_with_the_host()
    {
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(_script);
        builder.Services.AddHostedService<TemplateWorker>();
        using var host = builder.Build();

        // Nothing gives a plain hosted service's supervisor the container's clock: the test does.
        var worker = host.Services.GetServices<IHostedService>().OfType<TemplateWorker>().Single();
        worker.ExecuteSupervisor.TimeProvider = _clock;
        await host.StartAsync();

        var first = await _script.NextRunAsync();
        first.Fail(new InvalidOperationException("database gone"));
        await _clock.TimerCreatedAsync(TimeSpan.FromMilliseconds(500));
        Assert.False(_script.HasPendingRun);
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        var second = await _script.NextRunAsync();
        await Guard.Within(host.StopAsync());

        Assert.Equal(2, _script.RunCount);
        Assert.Equal(1, worker.ExecuteSupervisor.RestartCount);
        Assert.True(second.StoppingToken.IsCancellationRequested);
        Assert.Equal(SupervisorState.Stopped, worker.ExecuteSupervisor.State);
    }

    [Fact]
    public async Task With_AddSupervisedWorkers_alone_it_runs_once_supervised_and_stops_with_the_host()
    {
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(_script);
        builder.Services.AddSupervisedWorkers<TemplateWorker>();
        using var host = builder.Build();
        await host.StartAsync();
        var worker = host.Services.GetRequiredService<TemplateWorker>();

        var first = await _script.NextRunAsync();
        first.Fail(new InvalidOperationException("database gone"));
        await _clock.TimerCreatedAsync(TimeSpan.FromMilliseconds(500));
        Assert.False(_script.HasPendingRun);
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        var second = await _script.NextRunAsync();
        await Guard.Within(host.StopAsync());

        Assert.Equal(2, _script.RunCount);
        Assert.Equal(1, worker.ExecuteSupervisor.RestartCount);
        Assert.True(second.StoppingToken.IsCancellationRequested);
        Assert.Equal(SupervisorState.Stopped, worker.ExecuteSupervisor.State);
        Assert.Null(worker.ExecuteTask);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Testing;
using Supervise.Hosting.Tests.Support;
using Supervise.Hosting.Tests.Workers;

namespace Supervise.Hosting.Tests;

/// <summary>Give-up escalation for a supervised BackgroundService and for the children of a keyed set.</summary>
[Collection(ProcessExitCodeCollection.Name)]
public sealed class NewShapesGiveUpTests : IDisposable
{
    private readonly TestClock _clock = new();

    public NewShapesGiveUpTests()
    {
        Environment.ExitCode = 0;
    }

    public void Dispose() => Environment.ExitCode = 0;

    [Fact]
    public async Task A_BackgroundService_run_by_AddSupervisedWorkers_that_gives_up_stops_the_host_with_exit_code_1()
    {
        var script = new WorkerScript();
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(script);
        builder.Services.AddSupervisedWorkers<OneShotService>();
        using var host = builder.Build();
        var logs = host.Services.GetFakeLogCollector();
        var worker = host.Services.GetRequiredService<OneShotService>();
        var running = host.RunAsync();

        (await script.NextRunAsync()).Fail(new InvalidOperationException("config missing"));
        await Guard.Within(running);

        Assert.Equal(1, Environment.ExitCode);
        Assert.Equal(SupervisorState.Faulted, worker.ExecuteSupervisor.State);
        Assert.Contains(logs.GetSnapshot(), record => record.Id.Id == 201 && record.Message.Contains("OneShotService.Execute", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_keyed_child_that_gives_up_stops_the_host_with_exit_code_1()
    {
        var scripts = new KeyedScripts();
        using var host = BuildImportsHost(scripts);
        var logs = host.Services.GetFakeLogCollector();
        var imports = host.Services.GetRequiredService<PartitionImports>();
        var started = StartedAsync(host);
        var running = host.RunAsync();
        await started;

        imports.ImportSupervisors.Start("p1");
        (await scripts.Of("p1").NextRunAsync()).Fail(new InvalidOperationException("file missing"));
        await Guard.Within(running);

        Assert.Equal(1, Environment.ExitCode);
        Assert.Contains(logs.GetSnapshot(), record => record.Id.Id == 201 && record.Message.Contains("PartitionImports.Import[p1]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Keyed_children_follow_the_give_up_behavior_set_for_their_worker_name()
    {
        var scripts = new KeyedScripts();
        using var host = BuildImportsHost(scripts, options => options.GiveUpBehaviorByName["PartitionImports.Import"] = SupervisorGiveUpBehavior.Ignore);
        await host.StartAsync();
        var imports = host.Services.GetRequiredService<PartitionImports>();
        var child = imports.ImportSupervisors.Start("p1");
        var states = new StateRecorder(child);

        (await scripts.Of("p1").NextRunAsync()).Fail(new InvalidOperationException("file missing"));
        await states.WaitForAsync(SupervisorState.Faulted);

        Assert.Equal(0, Environment.ExitCode);
        Assert.False(host.Lifetime().ApplicationStopping.IsCancellationRequested);
        Assert.Contains(host.Logs(SupervisedWorkersLogCategories.Hosting), record => record.Id.Id == 202 && record.Message.Contains("PartitionImports.Import[p1]", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs(SupervisedWorkersLogCategories.Hosting), record => record.Id.Id == 204);
        await host.StopAsync();
    }

    private IHost BuildImportsHost(KeyedScripts scripts, Action<SupervisedWorkersOptions>? configure = null)
    {
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(scripts);
        builder.Services.AddSupervisedWorkers<PartitionImports>();
        if (configure is not null)
        {
            builder.Services.ConfigureSupervisedWorkers(configure);
        }

        return builder.Build();
    }

    private static Task StartedAsync(IHost host)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Lifetime().ApplicationStarted.Register(() => started.TrySetResult());
        return Guard.Within(started.Task);
    }
}

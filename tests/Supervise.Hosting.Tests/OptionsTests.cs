using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Supervise.Hosting.Tests.Support;
using Supervise.Hosting.Tests.Workers;

namespace Supervise.Hosting.Tests;

public sealed class OptionsTests
{
    private readonly TestClock _clock = new();

    [Fact]
    public void The_defaults_stop_the_host_with_exit_code_1_and_override_no_worker()
    {
        var options = new SupervisedWorkersOptions();

        Assert.Equal(SupervisorGiveUpBehavior.StopHost, options.GiveUpBehavior);
        Assert.Equal(1, options.FailureExitCode);
        Assert.Empty(options.GiveUpBehaviorByName);
    }

    [Fact]
    public void A_worker_named_in_GiveUpBehaviorByName_gets_its_own_behavior_and_others_the_default()
    {
        var options = new SupervisedWorkersOptions { GiveUpBehavior = SupervisorGiveUpBehavior.StopHost };
        options.GiveUpBehaviorByName["Reports.Export"] = SupervisorGiveUpBehavior.Ignore;

        Assert.Equal(SupervisorGiveUpBehavior.Ignore, options.GiveUpBehaviorFor("Reports.Export"));
        Assert.Equal(SupervisorGiveUpBehavior.StopHost, options.GiveUpBehaviorFor("reports.export"));
        Assert.Equal(SupervisorGiveUpBehavior.StopHost, options.GiveUpBehaviorFor("Pump.Pump"));
    }

    [Theory]
    [InlineData("behavior", "GiveUpBehavior is 7")]
    [InlineData("named behavior", "GiveUpBehaviorByName['Pump.Pump'] is 7")]
    [InlineData("empty name", "GiveUpBehaviorByName has an empty worker name")]
    [InlineData("exit code", "FailureExitCode is 0")]
    public void Invalid_options_are_rejected_with_a_message_naming_the_setting(string problem, string message)
    {
        var options = new SupervisedWorkersOptions();
        switch (problem)
        {
            case "behavior":
                options.GiveUpBehavior = (SupervisorGiveUpBehavior)7;
                break;
            case "named behavior":
                options.GiveUpBehaviorByName["Pump.Pump"] = (SupervisorGiveUpBehavior)7;
                break;
            case "empty name":
                options.GiveUpBehaviorByName[" "] = SupervisorGiveUpBehavior.Ignore;
                break;
            case "exit code":
                options.FailureExitCode = 0;
                break;
        }

        var result = new SupervisedWorkersOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(message, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_options_pass_validation()
    {
        var options = new SupervisedWorkersOptions { GiveUpBehavior = SupervisorGiveUpBehavior.Ignore, FailureExitCode = -1 };
        options.GiveUpBehaviorByName["Pump.Pump"] = SupervisorGiveUpBehavior.StopHost;

        Assert.True(new SupervisedWorkersOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public async Task Invalid_options_fail_the_host_start()
    {
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(new Pump(new WorkerScript()));
        builder.Services.AddSupervisedWorkers<Pump>();
        builder.Services.ConfigureSupervisedWorkers(options => options.FailureExitCode = 0);
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("FailureExitCode is 0", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_give_up_behavior_for_a_name_no_worker_has_is_logged_as_a_warning_listing_the_workers()
    {
        var builder = TestHost.CreateBuilder(_clock);
        builder.Services.AddSingleton(new Pump(new WorkerScript()));
        builder.Services.AddSupervisedWorkers<Pump>();
        builder.Services.ConfigureSupervisedWorkers(options => options.GiveUpBehaviorByName["Pump.Pmup"] = SupervisorGiveUpBehavior.Ignore);
        using var host = builder.Build();

        await host.StartAsync();

        var warning = Assert.Single(host.Logs(SupervisedWorkersLogCategories.Hosting), record => record.Id.Id == 204);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("'Pump.Pmup'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Supervised workers: Pump.Pump", warning.Message, StringComparison.Ordinal);
        await host.StopAsync();
    }
}

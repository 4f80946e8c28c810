using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Supervise.AspNetCore.Tests.Workers;

namespace Supervise.AspNetCore.Tests;

/// <summary>What mapping refuses, with a message that says what to do instead.</summary>
public sealed class MappingTests : IAsyncDisposable
{
    private readonly WebApplication _withWorkers = Build(services => services.AddSingleton(new OrderPump(new WorkerScript())).AddSupervisedWorkers<OrderPump>());

    public async ValueTask DisposeAsync() => await _withWorkers.DisposeAsync();

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("supervisors")]
    [InlineData("/supervisors/")]
    public void A_pattern_that_is_not_a_path_without_a_trailing_slash_is_refused(string pattern)
    {
        var refused = Assert.Throws<ArgumentException>(() => _withWorkers.MapSupervisorStatus(pattern));

        Assert.Equal("pattern", refused.ParamName);
        Assert.Contains("\"/supervisors\"", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"got \"{pattern}\"", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mapping_without_supervised_workers_says_to_register_them()
    {
        await using var app = Build(_ => { });

        var refused = Assert.Throws<InvalidOperationException>(() => app.MapSupervisorStatus());

        Assert.Contains("AddSupervisedWorkers<T>()", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100)]
    public void A_refresh_interval_below_the_minimum_is_refused(int milliseconds)
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() =>
            _withWorkers.MapSupervisorStatus("/supervisors", options => options.RefreshInterval = TimeSpan.FromMilliseconds(milliseconds)));

        Assert.Equal(nameof(SupervisorStatusPageOptions.RefreshInterval), refused.ParamName);
        Assert.Contains("at least 250 ms", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_title_is_refused()
    {
        var refused = Assert.Throws<ArgumentException>(() => _withWorkers.MapSupervisorStatus("/supervisors", options => options.Title = " "));

        Assert.Contains("Title", refused.Message, StringComparison.Ordinal);
    }

    private static WebApplication Build(Action<IServiceCollection> services)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.Services.AddRoutingCore();
        services(builder.Services);
        return builder.Build();
    }
}

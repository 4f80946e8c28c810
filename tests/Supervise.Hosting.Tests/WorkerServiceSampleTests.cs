using System.Net;
using System.Text.Json;
using Supervise.Hosting.Tests.Support;

namespace Supervise.Hosting.Tests;

/// <summary>The sample started as a process, as a user runs it, shared by the tests that only read from it.</summary>
public sealed class RunningSample : IAsyncLifetime
{
    public SampleProcess Process { get; private set; } = null!;

    public async Task InitializeAsync() => Process = await SampleProcess.StartAsync("--Sample:Seed", "1");

    public async Task DisposeAsync() => await Process.DisposeAsync();
}

public sealed class WorkerServiceSampleTests(RunningSample sample) : IClassFixture<RunningSample>
{
    private static readonly HttpClient Http = new() { Timeout = Guard.Timeout };

    [Fact]
    public async Task The_status_page_is_served_over_http_as_html_listing_each_worker_with_its_state()
    {
        using var response = await Http.GetAsync(sample.Process.BaseAddress);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<th>Worker</th><th>State</th><th>Restarts</th><th>Last failure</th><th>Next restart</th>", html, StringComparison.Ordinal);
        Assert.Matches(@"<td>InventoryPoller\.Poll</td><td>\w+ \(\w+\)</td><td>\d+</td>", html);
        Assert.Matches(@"<td>OrderConsumer\.Consume</td><td>\w+ \(\w+\)</td><td>\d+</td>", html);
    }

    [Fact]
    public async Task The_health_report_is_served_as_json_with_one_entry_per_worker()
    {
        using var response = await Http.GetAsync(new Uri(sample.Process.BaseAddress, "health"));
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var entries = report.RootElement.GetProperty("entries");
        Assert.Equal(["InventoryPoller.Poll", "OrderConsumer.Consume"], entries.EnumerateObject().Select(entry => entry.Name).Order(StringComparer.Ordinal));
        var poller = entries.GetProperty("InventoryPoller.Poll").GetProperty("data");
        Assert.Equal("Running", poller.GetProperty(SupervisorHealthData.State).GetString());
        Assert.Equal(0, poller.GetProperty(SupervisorHealthData.RestartCount).GetInt32());
    }

    [UnixFact]
    public async Task Ctrl_C_stops_the_sample_cleanly_with_exit_code_0()
    {
        await using var own = await SampleProcess.StartAsync();

        own.Interrupt();

        Assert.True(await own.ExitCodeAsync() == 0, own.Output);
        Assert.Contains("Supervisor InventoryPoller.Poll stopped", own.Output, StringComparison.Ordinal);
        Assert.Contains("Supervisor OrderConsumer.Consume stopped", own.Output, StringComparison.Ordinal);
    }
}

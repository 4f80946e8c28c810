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
    public async Task The_status_page_is_served_over_http_as_html_with_an_entry_per_worker_and_its_state()
    {
        using var response = await Http.GetAsync(new Uri(sample.Process.BaseAddress, "supervisors"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"<article class=""worker"" data-name=""InventoryPoller\.Poll"" data-state=""\w+""><header><h2 class=""name"">InventoryPoller\.Poll</h2><span class=""state"">\w+</span>", html);
        Assert.Matches(@"<article class=""worker"" data-name=""OrderConsumer\.Consume"" data-state=""\w+"">", html);
        Assert.Contains("<dd class=\"policy\">Backoff 500 ms to 8 s, jittered", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_root_address_sends_a_browser_to_the_status_page()
    {
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = Guard.Timeout };

        using var response = await noRedirects.GetAsync(sample.Process.BaseAddress);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/supervisors", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_status_is_served_as_json_with_one_entry_per_worker()
    {
        using var status = JsonDocument.Parse(await Http.GetStringAsync(new Uri(sample.Process.BaseAddress, "supervisors.json")));

        var workers = status.RootElement.GetProperty("workers").EnumerateArray().ToList();
        Assert.Equal(["InventoryPoller.Poll", "OrderConsumer.Consume", "PartitionConsumer.Consume"], workers.Select(worker => worker.GetProperty("name").GetString()));
        Assert.Equal("Running", workers[0].GetProperty("state").GetString());
        Assert.Equal("WorkerService.InventoryPoller", workers[0].GetProperty("workerType").GetString());
    }

    [Fact]
    public async Task The_health_report_is_served_as_json_with_one_entry_per_worker()
    {
        using var response = await Http.GetAsync(new Uri(sample.Process.BaseAddress, "health"));
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var entries = report.RootElement.GetProperty("entries");
        Assert.Equal(["InventoryPoller.Poll", "OrderConsumer.Consume", "PartitionConsumer.Consume"], entries.EnumerateObject().Select(entry => entry.Name).Order(StringComparer.Ordinal));
        var poller = entries.GetProperty("InventoryPoller.Poll").GetProperty("data");
        Assert.Equal("Running", poller.GetProperty(SupervisorHealthData.State).GetString());
        Assert.Equal(0, poller.GetProperty(SupervisorHealthData.RestartCount).GetInt32());
    }

    [Fact]
    public async Task The_partition_consumer_has_one_child_per_configured_partition_in_the_status_and_the_health_report()
    {
        using var status = JsonDocument.Parse(await Http.GetStringAsync(new Uri(sample.Process.BaseAddress, "supervisors.json")));
        using var report = JsonDocument.Parse(await Http.GetStringAsync(new Uri(sample.Process.BaseAddress, "health")));

        var set = status.RootElement.GetProperty("workers").EnumerateArray().Single(worker => worker.GetProperty("name").GetString() == "PartitionConsumer.Consume");
        var children = set.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(
            ["PartitionConsumer.Consume[orders-0]", "PartitionConsumer.Consume[orders-1]", "PartitionConsumer.Consume[orders-2]"],
            children.Select(child => child.GetProperty("name").GetString()));
        Assert.All(children, child => Assert.Equal("Running", child.GetProperty("state").GetString()));
        var health = report.RootElement.GetProperty("entries").GetProperty("PartitionConsumer.Consume").GetProperty("data");
        Assert.Equal(["orders-0", "orders-1", "orders-2"], health.EnumerateObject().Select(entry => entry.Name));
        Assert.All(health.EnumerateObject(), entry => Assert.Equal("Running", entry.Value.GetString()));
    }

    [UnixFact]
    public async Task Ctrl_C_stops_the_sample_cleanly_with_exit_code_0()
    {
        await using var own = await SampleProcess.StartAsync();

        own.Interrupt();

        Assert.True(await own.ExitCodeAsync() == 0, own.Output);
        Assert.Contains("Supervisor InventoryPoller.Poll stopped", own.Output, StringComparison.Ordinal);
        Assert.Contains("Supervisor OrderConsumer.Consume stopped", own.Output, StringComparison.Ordinal);
        Assert.Contains("Supervisor PartitionConsumer.Consume[orders-2] stopped", own.Output, StringComparison.Ordinal);
    }
}

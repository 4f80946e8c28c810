using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Supervise.AspNetCore.Tests.Support;
using Supervise.AspNetCore.Tests.Workers;

namespace Supervise.AspNetCore.Tests;

/// <summary>The JSON, over HTTP from a real app: its shape, its values, and which requests get it.</summary>
public sealed class StatusJsonTests : IAsyncLifetime
{
    private readonly TestClock _clock = new();
    private readonly WorkerScript _pumpScript = new();
    private readonly WorkerScript _pollerScript = new();
    private OrderPump _pump = null!;
    private StatusTestApp _app = null!;

    public async Task InitializeAsync()
    {
        _pump = new OrderPump(_pumpScript);
        _app = await StatusTestApp.StartAsync(
            _clock,
            services => services
                .AddSingleton(_pump).AddSupervisedWorkers<OrderPump>()
                .AddSingleton(new InventoryPoller(_pollerScript)).AddSupervisedWorkers<InventoryPoller>(),
            app => app.MapSupervisorStatus());
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_json_lists_every_worker_with_exactly_the_documented_members()
    {
        await _pumpScript.NextRunAsync();

        using var json = await GetJsonAsync("supervisors.json");

        var root = json.RootElement;
        Assert.Equal(["takenAt", "workers"], root.EnumerateObject().Select(member => member.Name));
        Assert.Equal("2026-01-02T03:04:05+00:00", root.GetProperty("takenAt").GetString());
        var workers = root.GetProperty("workers").EnumerateArray().ToList();
        Assert.Equal(["OrderPump.Pump", "InventoryPoller.Poll"], workers.Select(worker => worker.GetProperty("name").GetString()));
        Assert.All(workers, worker => Assert.Equal(
            ["name", "workerType", "state", "stateSince", "uptimeMs", "restartCount", "consecutiveFailures", "lastFailure", "nextRestartAt", "circuit", "policy", "recentRuns", "children"],
            worker.EnumerateObject().Select(member => member.Name)));
        var pump = workers[0];
        Assert.Equal(typeof(OrderPump).FullName, pump.GetProperty("workerType").GetString());
        Assert.Equal("Running", pump.GetProperty("state").GetString());
        Assert.Equal("Closed", pump.GetProperty("circuit").GetString());
        Assert.Equal("Fixed 500 ms; restart always; shutdown 5 s", pump.GetProperty("policy").GetString());
        Assert.Equal(JsonValueKind.Null, pump.GetProperty("lastFailure").ValueKind);
        Assert.Equal(JsonValueKind.Null, pump.GetProperty("nextRestartAt").ValueKind);
        Assert.Empty(pump.GetProperty("recentRuns").EnumerateArray());
        Assert.Empty(pump.GetProperty("children").EnumerateArray());
    }

    [Fact]
    public async Task After_a_failure_the_json_has_the_failure_the_next_restart_and_the_failed_run()
    {
        var states = new StateRecorder(_pump.PumpSupervisor);
        var run = await _pumpScript.NextRunAsync();
        _clock.Advance(TimeSpan.FromMilliseconds(1234.5));
        run.Fail(new TimeoutException("broker did not answer"));
        await states.WaitForAsync(SupervisorState.WaitingToRestart);

        using var json = await GetJsonAsync("supervisors.json");

        var pump = json.RootElement.GetProperty("workers")[0];
        Assert.Equal("WaitingToRestart", pump.GetProperty("state").GetString());
        Assert.Equal("2026-01-02T03:04:06.234+00:00", pump.GetProperty("stateSince").GetString());
        Assert.Equal(0, pump.GetProperty("uptimeMs").GetDouble());
        Assert.Equal(0, pump.GetProperty("restartCount").GetInt32());
        Assert.Equal(1, pump.GetProperty("consecutiveFailures").GetInt32());
        var failure = pump.GetProperty("lastFailure");
        Assert.Equal(["type", "message", "at"], failure.EnumerateObject().Select(member => member.Name));
        Assert.Equal("System.TimeoutException", failure.GetProperty("type").GetString());
        Assert.Equal("broker did not answer", failure.GetProperty("message").GetString());
        Assert.Equal("2026-01-02T03:04:06.234+00:00", failure.GetProperty("at").GetString());
        Assert.Equal("2026-01-02T03:04:06.734+00:00", pump.GetProperty("nextRestartAt").GetString());
        var failed = Assert.Single(pump.GetProperty("recentRuns").EnumerateArray());
        Assert.Equal(["startedAt", "durationMs", "outcome", "failureType"], failed.EnumerateObject().Select(member => member.Name));
        Assert.Equal("2026-01-02T03:04:05+00:00", failed.GetProperty("startedAt").GetString());
        Assert.Equal(1234.5, failed.GetProperty("durationMs").GetDouble());
        Assert.Equal("Failed", failed.GetProperty("outcome").GetString());
        Assert.Equal("System.TimeoutException", failed.GetProperty("failureType").GetString());
    }

    [Fact]
    public async Task A_running_worker_reports_the_uptime_of_its_current_run()
    {
        await _pollerScript.NextRunAsync();
        _clock.Advance(TimeSpan.FromSeconds(42));

        using var json = await GetJsonAsync("supervisors.json");

        var poller = json.RootElement.GetProperty("workers")[1];
        Assert.Equal(42_000, poller.GetProperty("uptimeMs").GetDouble());
        Assert.Equal("2026-01-02T03:04:05+00:00", poller.GetProperty("stateSince").GetString());
    }

    [Fact]
    public async Task The_json_is_served_as_utf8_json_and_never_cached()
    {
        using var response = await _app.Http.GetAsync("supervisors.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/json, text/plain, */*", true)]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", false)]
    [InlineData("text/html;q=0.5, application/json", true)]
    [InlineData("*/*", false)]
    [InlineData(null, false)]
    public async Task The_page_address_answers_json_only_to_requests_that_prefer_it(string? accept, bool json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "supervisors");
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await _app.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(json ? "application/json" : "text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task The_page_address_and_the_json_address_serve_the_same_document()
    {
        await _pumpScript.NextRunAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "supervisors");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var negotiated = await _app.Http.SendAsync(request);
        var fromPage = await negotiated.Content.ReadAsStringAsync();
        var fromJson = await _app.Http.GetStringAsync("supervisors.json");

        Assert.Equal(fromJson, fromPage);
    }

    [Fact]
    public async Task Text_with_markup_round_trips_through_the_json_escaped()
    {
        await using var app = await StatusTestApp.StartAsync(
            _clock,
            _ => { },
            endpoints => SupervisorStatusEndpointRouteBuilderExtensions.Map(endpoints, "/canned", _ => { }, StatusDocuments.Everything));

        var text = await app.Http.GetStringAsync("canned.json");
        using var json = JsonDocument.Parse(text);

        Assert.DoesNotContain("<img", text, StringComparison.Ordinal);
        Assert.DoesNotContain("</script>", text, StringComparison.Ordinal);
        var hostile = json.RootElement.GetProperty("workers")[1];
        Assert.Equal(StatusDocuments.HostileName, hostile.GetProperty("name").GetString());
        Assert.Equal(StatusDocuments.HostileMessage, hostile.GetProperty("lastFailure").GetProperty("message").GetString());
        var children = json.RootElement.GetProperty("workers")[0].GetProperty("children");
        Assert.Equal(["Billing.Invoices", "Billing.Receipts"], children.EnumerateArray().Select(child => child.GetProperty("name").GetString()));
    }

    private async Task<JsonDocument> GetJsonAsync(string path) => JsonDocument.Parse(await _app.Http.GetStringAsync(path));
}

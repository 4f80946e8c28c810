using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Supervise.AspNetCore.Tests.Support;
using Supervise.AspNetCore.Tests.Workers;

namespace Supervise.AspNetCore.Tests.Browser;

/// <summary>
/// The page as a person sees it: loaded by headless Chromium from a real app on 127.0.0.1, read from the
/// rendered DOM. Supervisor time is a fake clock the test moves; only the browser's rendering is waited for.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StatusPageBrowserTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(250);

    private readonly TestClock _clock = new();
    private readonly WorkerScript _pumpScript = new();
    private readonly WorkerScript _pollerScript = new();
    private OrderPump _pump = null!;
    private StatusTestApp _app = null!;
    private BrowserTab _tab = null!;

    private const string WorkersJs = "Array.from(document.querySelectorAll('#workers > article.worker'))";

    public async Task InitializeAsync()
    {
        _pump = new OrderPump(_pumpScript);
        _app = await StatusTestApp.StartAsync(
            _clock,
            services => services
                .AddSingleton(_pump).AddSupervisedWorkers<OrderPump>()
                .AddSingleton(new InventoryPoller(_pollerScript)).AddSupervisedWorkers<InventoryPoller>(),
            app => app.MapSupervisorStatus("/supervisors", options => options.RefreshInterval = Refresh));
        _tab = await chromium.Browser.OpenTabAsync();
    }

    public async Task DisposeAsync()
    {
        await _tab.DisposeAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_person_sees_a_row_per_worker_and_a_failure_appears_in_place_after_it_happens()
    {
        var states = new StateRecorder(_pump.PumpSupervisor);
        await GiveThePumpAHistoryAsync(states);
        var current = await _pumpScript.NextRunAsync();
        await _pollerScript.NextRunAsync();
        await _tab.SetViewportAsync(1200, 800, mobile: false);

        await _tab.NavigateAsync(new Uri(_app.BaseAddress, "supervisors"));

        var rows = await RowsAsync();
        Assert.Equal(["OrderPump.Pump", "InventoryPoller.Poll"], rows.Select(row => row.Name));
        Assert.Equal(["Running", "Running"], rows.Select(row => row.State));
        Assert.Equal("2", rows[0].Restarts);
        Assert.Equal("0", rows[0].Failures);
        await _tab.WaitUntilAsync("document.querySelector('#workers').dataset.refreshed >= 1", "its first refresh in place");
        Assert.Equal("Live: updates every 250 ms", await _tab.TextAsync("document.getElementById('refresh').textContent"));
        await _tab.EvaluateAsync("window.sameDocument = true");

        _clock.Advance(TimeSpan.FromSeconds(3));
        current.Fail(new InvalidDataException("Order 17 is malformed: the broker delivered a truncated message."));
        await states.WaitForAsync(SupervisorState.WaitingToRestart, occurrence: 3);

        await _tab.WaitUntilAsync(
            "document.querySelector('article[data-name=\"OrderPump.Pump\"] .state').textContent === 'WaitingToRestart'" +
            " && document.querySelector('article[data-name=\"OrderPump.Pump\"] .failure-message').textContent.startsWith('Order 17 is malformed')",
            "the pump waiting to restart after its failure");
        var pump = (await RowsAsync())[0];
        Assert.True((await _tab.EvaluateAsync("window.sameDocument === true")).GetBoolean(), "the page was reloaded instead of updated in place");
        Assert.Equal("WaitingToRestart", pump.State);
        Assert.Equal("1", pump.Failures);
        Assert.Equal("Order 17 is malformed: the broker delivered a truncated message. System.IO.InvalidDataException, 2026-01-02 03:05:50Z", pump.LastFailure);
        Assert.Equal("in 500 ms, at 2026-01-02 03:05:51Z", pump.NextRestart);
        Assert.Equal("—", pump.Uptime);
        Assert.Equal(
            [
                "Failed after 1.5 s, started 2026-01-02 03:04:05Z: System.TimeoutException",
                "Completed after 1 min 40 s, started 2026-01-02 03:04:07Z",
                "Failed after 3.0 s, started 2026-01-02 03:05:47Z: System.IO.InvalidDataException",
            ],
            pump.Runs);
        Assert.Equal(["failed", "completed", "failed"], pump.RunClasses);
        Assert.Equal("Last 3 runs: 1 completed, 2 failed", pump.RunsCaption);
        Assert.Equal("Running", (await RowsAsync())[1].State);

        var screenshot = await _tab.ScreenshotAsync(Path.Combine(ChromiumFixture.ScreenshotFolder, "status-page-desktop.png"));
        AssertIsPng(screenshot);
    }

    [Fact]
    public async Task On_a_phone_the_page_fits_the_screen_and_puts_the_runs_under_the_facts()
    {
        var states = new StateRecorder(_pump.PumpSupervisor);
        await GiveThePumpAHistoryAsync(states);
        await _tab.SetViewportAsync(390, 844, mobile: true, deviceScaleFactor: 2);

        await _tab.NavigateAsync(new Uri(_app.BaseAddress, "supervisors"));
        await _tab.WaitUntilAsync("document.querySelectorAll('#workers > article.worker').length === 2", "both workers");

        var layout = await _tab.EvaluateAsync("""
            (() => {
              const pump = document.querySelector('article[data-name="OrderPump.Pump"]');
              const facts = pump.querySelector('dl.facts').getBoundingClientRect();
              const strip = pump.querySelector('svg.strip').getBoundingClientRect();
              return { viewport: window.innerWidth, page: document.documentElement.scrollWidth,
                       stripTop: strip.top, stripRight: strip.right, factsBottom: facts.bottom };
            })()
            """);
        Assert.Equal(390, layout.GetProperty("viewport").GetInt32());
        Assert.True(layout.GetProperty("page").GetDouble() <= 390, $"the page is wider than the phone: {layout}");
        Assert.True(layout.GetProperty("stripTop").GetDouble() >= layout.GetProperty("factsBottom").GetDouble(), $"the strip is not under the facts: {layout}");
        Assert.True(layout.GetProperty("stripRight").GetDouble() <= 390, $"the strip runs off the screen: {layout}");

        AssertIsPng(await _tab.ScreenshotAsync(Path.Combine(ChromiumFixture.ScreenshotFolder, "status-page-phone.png")));
    }

    [Fact]
    public async Task With_JavaScript_off_the_page_still_shows_every_worker_and_its_state()
    {
        await _pumpScript.NextRunAsync();
        await _tab.DisableScriptsAsync();

        await _tab.NavigateAsync(new Uri(_app.BaseAddress, "supervisors"));
        var html = await _tab.OuterHtmlAsync();

        Assert.Contains("<article class=\"worker\" data-name=\"OrderPump.Pump\" data-state=\"Running\">", html, StringComparison.Ordinal);
        Assert.Contains("<article class=\"worker\" data-name=\"InventoryPoller.Poll\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"state\">Running</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span id=\"refresh\">Reloads every 250 ms</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-refreshed", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refresh_builds_exactly_the_markup_the_server_wrote_and_shows_hostile_text_as_text()
    {
        await using var canned = await StatusTestApp.StartAsync(
            _clock,
            _ => { },
            app => SupervisorStatusEndpointRouteBuilderExtensions.Map(app, "/canned", options => options.RefreshInterval = Refresh, StatusDocuments.Everything));

        await _tab.NavigateAsync(new Uri(canned.BaseAddress, "canned"));
        await _tab.WaitUntilAsync("document.querySelector('#workers').dataset.refreshed >= 2", "two refreshes in place");

        var fromServer = await _tab.TextAsync("""
            fetch(location.pathname, { headers: { Accept: 'text/html' } })
              .then(response => response.text())
              .then(html => new DOMParser().parseFromString(html, 'text/html').getElementById('workers').innerHTML)
            """);
        var afterRefresh = await _tab.TextAsync("document.getElementById('workers').innerHTML");
        Assert.Contains("class=\"children\"", fromServer, StringComparison.Ordinal);
        Assert.Equal(fromServer, afterRefresh);

        Assert.False((await _tab.EvaluateAsync("window.pwned === true")).GetBoolean(), "markup from a worker ran in the page");
        Assert.Equal(0, (await _tab.EvaluateAsync("document.querySelectorAll('#workers img, #workers b, #workers script').length")).GetInt32());
        Assert.Equal(StatusDocuments.HostileName, await _tab.TextAsync("document.querySelectorAll('#workers > article')[1].querySelector('.name').textContent"));
        Assert.Equal(StatusDocuments.HostileMessage, await _tab.TextAsync("document.querySelectorAll('#workers > article')[1].querySelector('.failure-message').textContent"));
        Assert.Equal(
            ["Billing.Invoices", "Billing.Receipts"],
            (await _tab.EvaluateAsync("Array.from(document.querySelectorAll('article[data-name=\"Billing.Group\"] > .children > article .name')).map(name => name.textContent)"))
                .EnumerateArray().Select(name => name.GetString()));
    }

    /// <summary>Run 1 fails after 1.5 s; run 2 completes after 100 s; run 3 is left running.</summary>
    private async Task GiveThePumpAHistoryAsync(StateRecorder states)
    {
        var first = await _pumpScript.NextRunAsync();
        _clock.Advance(TimeSpan.FromMilliseconds(1500));
        first.Fail(new TimeoutException("broker did not answer"));
        await states.WaitForAsync(SupervisorState.WaitingToRestart);
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        var second = await _pumpScript.NextRunAsync();
        _clock.Advance(TimeSpan.FromSeconds(100));
        second.Complete();
        await states.WaitForAsync(SupervisorState.WaitingToRestart, occurrence: 2);
        _clock.Advance(TimeSpan.FromMilliseconds(500));
    }

    private async Task<List<Row>> RowsAsync()
    {
        var rows = await _tab.EvaluateAsync(WorkersJs + """
            .map(article => ({
              name: article.querySelector('.name').textContent,
              state: article.querySelector('.state').textContent,
              uptime: article.querySelector('.uptime').textContent,
              restarts: article.querySelector('.restarts').textContent,
              failures: article.querySelector('.failures').textContent,
              lastFailure: article.querySelector('.last-failure').textContent,
              nextRestart: article.querySelector('.next-restart').textContent,
              runs: Array.from(article.querySelectorAll('svg.strip rect')).map(rect => rect.querySelector('title').textContent),
              runClasses: Array.from(article.querySelectorAll('svg.strip rect')).map(rect => rect.classList[1]),
              runsCaption: article.querySelector('figure.runs figcaption').textContent,
            }))
            """);
        return rows.Deserialize<List<Row>>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private static void AssertIsPng(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 1000, $"{path} is too small to be a screenshot");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes.Take(4));
    }

    private sealed record Row(
        string Name,
        string State,
        string Uptime,
        string Restarts,
        string Failures,
        string LastFailure,
        string NextRestart,
        string[] Runs,
        string[] RunClasses,
        string RunsCaption);
}

using Supervise.AspNetCore.Tests.Support;

namespace Supervise.AspNetCore.Tests;

/// <summary>The page's markup for what no host shows yet (children of groups and sets) and for each option.</summary>
public sealed class StatusPageRendererTests
{
    private static string Render(StatusDocument document, Action<SupervisorStatusPageOptions>? configure = null)
    {
        var options = new SupervisorStatusPageOptions();
        configure?.Invoke(options);
        return StatusPageRenderer.Render(document, options, "supervisors.json", "test-nonce");
    }

    [Fact]
    public void Children_are_listed_inside_their_parent_in_their_order_each_with_its_own_facts_and_runs()
    {
        var html = Render(StatusDocuments.Everything());

        var group = html.IndexOf("data-name=\"Billing.Group\"", StringComparison.Ordinal);
        var children = html.IndexOf("<section class=\"children\"><h3>Children of Billing.Group</h3>", StringComparison.Ordinal);
        var invoices = html.IndexOf("<article class=\"worker\" data-name=\"Billing.Invoices\" data-state=\"WaitingToRestart\">", StringComparison.Ordinal);
        var receipts = html.IndexOf("<article class=\"worker\" data-name=\"Billing.Receipts\" data-state=\"CircuitOpen\">", StringComparison.Ordinal);
        var next = html.IndexOf("data-name=\"&lt;img", StringComparison.Ordinal);
        Assert.True(group >= 0 && group < children && children < invoices && invoices < receipts && receipts < next, html);
        Assert.Contains("<dd class=\"next-restart\">in 1.5 s, at <time datetime=\"2026-01-02T03:04:07Z\">2026-01-02 03:04:07Z</time></dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"next-restart\">in 3 h 0 min, at ", html, StringComparison.Ordinal);
        Assert.Contains("<figcaption>Last 3 runs: 1 completed, 2 failed</figcaption>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_worker_not_started_shows_dashes_where_nothing_applies_and_no_strip()
    {
        var html = Render(StatusDocuments.Everything());

        var notStarted = html[html.IndexOf("data-name=\"Later.Start\"", StringComparison.Ordinal)..];
        Assert.StartsWith(
            "data-name=\"Later.Start\" data-state=\"NotStarted\"><header><h2 class=\"name\">Later.Start</h2><span class=\"state\">NotStarted</span>" +
            "<span class=\"type\">Acme.Workers.Billing</span></header><dl class=\"facts\"><div><dt>Since</dt><dd class=\"since\">—</dd></div>" +
            "<div><dt>Uptime</dt><dd class=\"uptime\">—</dd></div><div><dt>Restarts</dt><dd class=\"restarts\">0</dd></div>" +
            "<div><dt>Failures in a row</dt><dd class=\"failures\">0</dd></div><div><dt>Next restart</dt><dd class=\"next-restart\">—</dd></div>" +
            "<div class=\"wide\"><dt>Last failure</dt><dd class=\"last-failure\">none</dd></div>",
            notStarted,
            StringComparison.Ordinal);
        Assert.Contains("<figure class=\"runs\"><figcaption>No finished runs yet</figcaption></figure></article>", notStarted, StringComparison.Ordinal);
    }

    [Fact]
    public void The_strip_draws_each_run_oldest_first_sized_by_duration_and_shaped_by_outcome()
    {
        var html = Render(StatusDocuments.Everything());

        Assert.Contains(
            "<svg class=\"strip\" viewBox=\"0 0 34 24\" width=\"34\" height=\"24\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"Last 3 runs: 1 completed, 2 failed\">" +
            "<rect class=\"run failed\" x=\"0\" y=\"0\" width=\"6\" height=\"24\"><title>Failed after 50 ms, started 2026-01-02 03:02:35Z: System.TimeoutException</title></rect>" +
            "<rect class=\"run completed\" x=\"8\" y=\"8\" width=\"9\" height=\"16\"><title>Completed after 999 ms, started 2026-01-02 03:03:05Z</title></rect>" +
            "<rect class=\"run failed\" x=\"19\" y=\"0\" width=\"15\" height=\"24\"><title>Failed after 12.3 s, started 2026-01-02 03:03:35Z: System.TimeoutException</title></rect>" +
            "</svg>",
            html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void With_refreshing_off_the_page_neither_reloads_nor_promises_updates()
    {
        var html = Render(StatusDocuments.Everything(), options => options.RefreshInterval = TimeSpan.Zero);

        Assert.DoesNotContain("http-equiv=\"refresh\"", html, StringComparison.Ordinal);
        Assert.Contains("<span id=\"refresh\">Reload the page for newer data</span>", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"workers\" data-refresh-ms=\"0\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_without_workers_says_so()
    {
        var html = Render(new StatusDocument { TakenAt = StatusDocuments.TakenAt, Workers = [] });

        Assert.Contains("<main id=\"workers\" data-refresh-ms=\"2000\"><p class=\"empty\">No supervised workers.</p></main>", html, StringComparison.Ordinal);
    }
}

using System.Globalization;
using System.Net;
using System.Text;

namespace Supervise.AspNetCore;

/// <summary>
/// Writes the status page: complete without JavaScript, then kept fresh in place by its script, which
/// builds the same markup from the JSON (element for element, so the browser test can compare them).
/// Every text from a worker (names, types, messages, policies) is HTML-encoded.
/// </summary>
internal static class StatusPageRenderer
{
    public static string Render(StatusDocument document, SupervisorStatusPageOptions options, string jsonHref, string nonce)
    {
        var html = new StringBuilder(8_192);
        var title = Encode(options.Title);
        var refreshMs = (long)options.RefreshInterval.TotalMilliseconds;
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"color-scheme\" content=\"light dark\">\n")
            .Append("<title>").Append(title).Append("</title>\n")
            .Append("<style nonce=\"").Append(nonce).Append("\">").Append(PageAssets.Stylesheet).Append("</style>\n");
        if (refreshMs > 0)
        {
            // Without JavaScript the page reloads itself instead of refreshing in place.
            var seconds = Math.Max(1, (refreshMs + 999) / 1_000);
            html.Append("<noscript><meta http-equiv=\"refresh\" content=\"").Append(seconds.ToString(CultureInfo.InvariantCulture)).Append("\"></noscript>\n");
        }

        html.Append("</head>\n<body>\n<header class=\"page\">\n<h1>").Append(title).Append("</h1>\n")
            .Append("<p class=\"meta\">As of ");
        AppendTime(html, document.TakenAt, "taken-at");
        html.Append(" · <a href=\"").Append(Encode(jsonHref)).Append("\">JSON</a> · <span id=\"refresh\">")
            .Append(refreshMs > 0 ? "Reloads every " + StatusText.Duration(refreshMs) : "Reload the page for newer data")
            .Append("</span></p>\n</header>\n")
            .Append("<main id=\"workers\" data-refresh-ms=\"").Append(refreshMs.ToString(CultureInfo.InvariantCulture)).Append("\">");
        AppendWorkers(html, document);
        html.Append("</main>\n");
        AppendLegend(html);
        html.Append("<script nonce=\"").Append(nonce).Append("\">").Append(PageAssets.Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The content of <c>#workers</c>: one article per worker, or a line saying there are none.</summary>
    internal static void AppendWorkers(StringBuilder html, StatusDocument document)
    {
        if (document.Workers.Count == 0)
        {
            html.Append("<p class=\"empty\">No supervised workers.</p>");
            return;
        }

        foreach (var worker in document.Workers)
        {
            AppendWorker(html, worker, document.TakenAt);
        }
    }

    private static void AppendWorker(StringBuilder html, WorkerStatus worker, DateTimeOffset takenAt)
    {
        var name = Encode(worker.Name);
        html.Append("<article class=\"worker\" data-name=\"").Append(name).Append("\" data-state=\"").Append(Encode(worker.State)).Append("\">")
            .Append("<header><h2 class=\"name\">").Append(name).Append("</h2><span class=\"state\">").Append(Encode(worker.State))
            .Append("</span><span class=\"type\">").Append(Encode(worker.WorkerType)).Append("</span></header>")
            .Append("<dl class=\"facts\">");

        StartFact(html, null, "Since", "since");
        if (worker.StateSince is { } since)
        {
            AppendTime(html, since, null);
            html.Append(", for ").Append(StatusText.Between(since, takenAt));
        }
        else
        {
            html.Append(StatusText.None);
        }

        EndFact(html);
        Fact(html, "Uptime", "uptime", worker.UptimeMs > 0 || worker.State == nameof(SupervisorState.Running) ? StatusText.Duration(worker.UptimeMs) : StatusText.None);
        Fact(html, "Restarts", "restarts", worker.RestartCount.ToString(CultureInfo.InvariantCulture));
        Fact(html, "Failures in a row", "failures", worker.ConsecutiveFailures.ToString(CultureInfo.InvariantCulture));

        StartFact(html, null, "Next restart", "next-restart");
        if (worker.NextRestartAt is { } next)
        {
            html.Append("in ").Append(StatusText.Between(takenAt, next)).Append(", at ");
            AppendTime(html, next, null);
        }
        else
        {
            html.Append(StatusText.None);
        }

        EndFact(html);

        StartFact(html, "wide", "Last failure", "last-failure");
        if (worker.LastFailure is { } failure)
        {
            html.Append("<span class=\"failure-message\">").Append(Encode(failure.Message)).Append("</span> <span class=\"failure-detail\"><code class=\"failure-type\">")
                .Append(Encode(failure.Type)).Append("</code>, ");
            AppendTime(html, failure.At, null);
            html.Append("</span>");
        }
        else
        {
            html.Append("none");
        }

        EndFact(html);
        StartFact(html, "wide", "Policy", "policy");
        html.Append(Encode(worker.Policy));
        EndFact(html);
        html.Append("</dl>");

        AppendRuns(html, worker.RecentRuns);
        if (worker.Children.Count > 0)
        {
            html.Append("<section class=\"children\"><h3>Children of ").Append(name).Append("</h3>");
            foreach (var child in worker.Children)
            {
                AppendWorker(html, child, takenAt);
            }

            html.Append("</section>");
        }

        html.Append("</article>");
    }

    private static void AppendRuns(StringBuilder html, IReadOnlyList<RunStatus> runs)
    {
        var caption = Encode(RunStrip.Caption(runs));
        html.Append("<figure class=\"runs\"><figcaption>").Append(caption).Append("</figcaption>");
        if (runs.Count > 0)
        {
            var width = runs.Sum(run => RunStrip.Width(run.DurationMs)) + ((runs.Count - 1) * RunStrip.Gap);
            html.Append(CultureInfo.InvariantCulture, $"<svg class=\"strip\" viewBox=\"0 0 {width} {RunStrip.Height}\" width=\"{width}\" height=\"{RunStrip.Height}\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"")
                .Append(caption).Append("\">");
            var x = 0;
            foreach (var run in runs)
            {
                var blockWidth = RunStrip.Width(run.DurationMs);
                var blockHeight = RunStrip.BlockHeight(run.Outcome);
                html.Append(CultureInfo.InvariantCulture, $"<rect class=\"run {RunStrip.OutcomeClass(run.Outcome)}\" x=\"{x}\" y=\"{RunStrip.Height - blockHeight}\" width=\"{blockWidth}\" height=\"{blockHeight}\"><title>")
                    .Append(Encode(RunStrip.Describe(run))).Append("</title></rect>");
                x += blockWidth + RunStrip.Gap;
            }

            html.Append("</svg>");
        }

        html.Append("</figure>");
    }

    private static void AppendLegend(StringBuilder html)
    {
        html.Append("<footer class=\"legend\"><p>Recent runs, oldest first: ");
        foreach (var outcome in new[] { "Completed", "Failed", "Stopped" })
        {
            var height = RunStrip.BlockHeight(outcome);
            html.Append(CultureInfo.InvariantCulture, $"<svg class=\"key\" viewBox=\"0 0 9 {RunStrip.Height}\" width=\"9\" height=\"{RunStrip.Height}\" aria-hidden=\"true\"><rect class=\"run {RunStrip.OutcomeClass(outcome)}\" x=\"0\" y=\"{RunStrip.Height - height}\" width=\"9\" height=\"{height}\"></rect></svg> ")
                .Append(outcome.ToLowerInvariant()).Append(outcome == "Stopped" ? ". " : ", ");
        }

        html.Append("A block is wider the longer its run lasted, one step each at 0.1 s, 1 s, 10 s, 1 min, 10 min and 1 h; hover or tap it for the details.</p></footer>\n");
    }

    private static void Fact(StringBuilder html, string term, string className, string text)
    {
        StartFact(html, null, term, className);
        html.Append(Encode(text));
        EndFact(html);
    }

    private static void StartFact(StringBuilder html, string? wrapperClass, string term, string className)
    {
        html.Append(wrapperClass is null ? "<div>" : "<div class=\"" + wrapperClass + "\">")
            .Append("<dt>").Append(term).Append("</dt><dd class=\"").Append(className).Append("\">");
    }

    private static void EndFact(StringBuilder html) => html.Append("</dd></div>");

    private static void AppendTime(StringBuilder html, DateTimeOffset time, string? id)
    {
        html.Append("<time");
        if (id is not null)
        {
            html.Append(" id=\"").Append(id).Append('"');
        }

        html.Append(" datetime=\"").Append(StatusText.MachineTime(time)).Append("\">").Append(StatusText.Time(time)).Append("</time>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Supervise.Hosting;

namespace WorkerService;

/// <summary>Renders the workers' health report as a plain HTML table that refreshes itself.</summary>
public static class StatusPage
{
    public static string Render(HealthReport report, DateTimeOffset now)
    {
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="refresh" content="2">
            <title>Supervised workers</title>
            <style>
              body { font-family: system-ui, sans-serif; margin: 2rem; }
              table { border-collapse: collapse; }
              th, td { border: 1px solid #ccc; padding: .3rem .6rem; text-align: left; vertical-align: top; }
              .Healthy { background: #e6f4ea; } .Degraded { background: #fff4d6; } .Unhealthy { background: #fde7e7; }
            </style>
            </head>
            <body>
            <h1>Supervised workers</h1>
            """);
        html.Append(CultureInfo.InvariantCulture, $"<p>Overall: <strong>{report.Status}</strong>, at {now:u}. JSON: <a href=\"/health\">/health</a>.</p>\n");
        html.Append("<table>\n<tr><th>Worker</th><th>State</th><th>Restarts</th><th>Last failure</th><th>Next restart</th></tr>\n");
        foreach (var (name, entry) in report.Entries.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"{entry.Status}\">");
            Cell(html, name);
            Cell(html, $"{Data(entry, SupervisorHealthData.State)} ({entry.Status})");
            Cell(html, Data(entry, SupervisorHealthData.RestartCount));
            Cell(html, LastFailure(entry));
            Cell(html, NextRestart(entry, now));
            html.Append("</tr>\n");
        }

        html.Append("</table>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Data(HealthReportEntry entry, string key) =>
        entry.Data.TryGetValue(key, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "" : "";

    private static string LastFailure(HealthReportEntry entry)
    {
        var message = Data(entry, SupervisorHealthData.LastFailure);
        return message.Length == 0 ? "none" : $"{Data(entry, SupervisorHealthData.LastFailureType)}: {message}";
    }

    private static string NextRestart(HealthReportEntry entry, DateTimeOffset now) =>
        entry.Data.TryGetValue(SupervisorHealthData.NextRestartAt, out var value) && value is DateTimeOffset due
            ? string.Create(CultureInfo.InvariantCulture, $"in {Math.Max(0, (due - now).TotalSeconds):0.0} s ({due:HH:mm:ss.fff})")
            : "—";

    private static void Cell(StringBuilder html, string text) =>
        html.Append("<td>").Append(WebUtility.HtmlEncode(text)).Append("</td>");
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Supervise.AspNetCore.Tests.Support;
using Supervise.AspNetCore.Tests.Workers;

namespace Supervise.AspNetCore.Tests;

/// <summary>The page's HTML, over HTTP from a real app: what it holds without a browser, its escaping and its headers.</summary>
public sealed partial class StatusPageTests : IAsyncLifetime
{
    private readonly TestClock _clock = new();
    private readonly WorkerScript _pumpScript = new();
    private readonly WorkerScript _oddScript = new();
    private OddlyNamed _odd = null!;
    private StatusTestApp _app = null!;

    public async Task InitializeAsync()
    {
        _odd = new OddlyNamed(_oddScript);
        _app = await StatusTestApp.StartAsync(
            _clock,
            services => services
                .AddSingleton(new OrderPump(_pumpScript)).AddSupervisedWorkers<OrderPump>()
                .AddSingleton(_odd).AddSupervisedWorkers<OddlyNamed>(),
            app => app.MapSupervisorStatus("/supervisors", options => options.Title = "Billing <prod> workers"));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_page_is_complete_html_with_an_article_per_worker()
    {
        await _pumpScript.NextRunAsync();

        using var response = await _app.Http.GetAsync("supervisors");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html, StringComparison.Ordinal);
        Assert.Contains(
            "<article class=\"worker\" data-name=\"OrderPump.Pump\" data-state=\"Running\"><header><h2 class=\"name\">OrderPump.Pump</h2><span class=\"state\">Running</span>",
            html,
            StringComparison.Ordinal);
        Assert.Contains("<dt>Since</dt><dd class=\"since\"><time datetime=\"2026-01-02T03:04:05Z\">2026-01-02 03:04:05Z</time>, for 0 ms</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"policy\">Fixed 500 ms; restart always; shutdown 5 s</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"supervisors.json\">JSON</a>", html, StringComparison.Ordinal);
        Assert.Contains("<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worker_names_failure_messages_and_the_title_are_html_encoded()
    {
        var states = new StateRecorder(_odd.WorkSupervisor);
        (await _oddScript.NextRunAsync()).Fail(new InvalidOperationException("<script>alert('x')</script> & \"more\""));
        await states.WaitForAsync(SupervisorState.WaitingToRestart);

        var html = await _app.Http.GetStringAsync("supervisors");

        Assert.DoesNotContain(OddlyNamed.DisplayName, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<prod>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 class=\"name\">&lt;img src=x onerror=&quot;window.pwned=true&quot;&gt; &amp; &quot;Co&quot;</h2>", html, StringComparison.Ordinal);
        Assert.Contains("data-name=\"&lt;img src=x onerror=&quot;window.pwned=true&quot;&gt; &amp; &quot;Co&quot;\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"failure-message\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;</span>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Billing &lt;prod&gt; workers</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_pages_own_style_and_script_may_run_by_a_nonce_fresh_for_each_response()
    {
        using var first = await _app.Http.GetAsync("supervisors");
        using var second = await _app.Http.GetAsync("supervisors");
        var html = await first.Content.ReadAsStringAsync();

        var policy = string.Join(" ", first.Headers.GetValues("Content-Security-Policy"));
        var nonce = NonceInPolicy().Match(policy).Groups["nonce"].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"<script nonce=\"{nonce}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<style nonce=\"{nonce}\">", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain(nonce, string.Join(" ", second.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(first.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(first.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task The_page_carries_no_reference_to_anything_outside_itself()
    {
        var html = await _app.Http.GetStringAsync("supervisors");

        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("script-src 'nonce-(?<nonce>[^']+)'")]
    private static partial Regex NonceInPolicy();
}

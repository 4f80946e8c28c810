using System.Text.Json;
using System.Text.Json.Nodes;

namespace Supervise.AspNetCore.Tests.Browser;

/// <summary>One tab of the browser: load a page, read its rendered DOM, wait for it to change, take screenshots.</summary>
public sealed class BrowserTab : IAsyncDisposable
{
    /// <summary>How long a page may take to show what a test waits for: a real-world wait, in the browser's own time.</summary>
    public static readonly TimeSpan RenderDeadline = TimeSpan.FromSeconds(20);

    private readonly DevToolsConnection _connection;
    private readonly string _targetId;
    private readonly string _sessionId;

    internal BrowserTab(DevToolsConnection connection, string targetId, string sessionId)
    {
        _connection = connection;
        _targetId = targetId;
        _sessionId = sessionId;
    }

    internal async Task EnableAsync()
    {
        await SendAsync("Page.enable");
        await SendAsync("Runtime.enable");
    }

    /// <summary>Loads <paramref name="address"/> and returns once its load event has fired.</summary>
    public async Task NavigateAsync(Uri address)
    {
        var loaded = _connection.NextEventAsync("Page.loadEventFired", _sessionId);
        var navigation = await SendAsync("Page.navigate", new JsonObject { ["url"] = address.ToString() });
        if (navigation.TryGetProperty("errorText", out var error))
        {
            throw new InvalidOperationException($"Chromium could not load {address}: {error.GetString()}");
        }

        await loaded;
    }

    /// <summary>The page's size and kind of screen, as a phone or a desktop reports them.</summary>
    public Task SetViewportAsync(int width, int height, bool mobile, double deviceScaleFactor = 1) =>
        SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject
        {
            ["width"] = width,
            ["height"] = height,
            ["deviceScaleFactor"] = deviceScaleFactor,
            ["mobile"] = mobile,
        });

    /// <summary>Turns the page's scripts off, as a browser with JavaScript disabled has them.</summary>
    public Task DisableScriptsAsync() => SendAsync("Emulation.setScriptExecutionDisabled", new JsonObject { ["value"] = true });

    /// <summary>Evaluates a JavaScript expression in the page (awaiting it if it is a promise) and returns its value as JSON.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var evaluated = await SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression,
            ["returnByValue"] = true,
            ["awaitPromise"] = true,
        });
        if (evaluated.TryGetProperty("exceptionDetails", out var exception))
        {
            var description = exception.TryGetProperty("exception", out var thrown) && thrown.TryGetProperty("description", out var text)
                ? text.GetString()
                : exception.GetRawText();
            throw new InvalidOperationException($"The page threw evaluating {expression}:\n{description}");
        }

        var result = evaluated.GetProperty("result");
        return result.TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    public async Task<string> TextAsync(string expression) => (await EvaluateAsync(expression)).GetString() ?? "";

    /// <summary>
    /// Waits until <paramref name="condition"/> (a JavaScript expression) is true in the page. The page
    /// checks it at once and again on every change of its DOM, so nothing is polled on a timer; after
    /// <see cref="RenderDeadline"/> the wait fails with <paramref name="what"/> and the page's text.
    /// </summary>
    public async Task WaitUntilAsync(string condition, string what)
    {
        var script = $$"""
            new Promise((resolve, reject) => {
              const holds = () => { try { return Boolean({{condition}}); } catch { return false; } };
              if (holds()) { resolve(true); return; }
              const observer = new MutationObserver(() => { if (holds()) { observer.disconnect(); clearTimeout(deadline); resolve(true); } });
              const deadline = setTimeout(() => { observer.disconnect(); resolve(false); }, {{(int)RenderDeadline.TotalMilliseconds}});
              observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
            })
            """;
        if (!(await EvaluateAsync(script)).GetBoolean())
        {
            var text = await TextAsync("document.body ? document.body.innerText : document.documentElement.outerHTML");
            throw new Xunit.Sdk.XunitException($"The page did not show {what} within {RenderDeadline.TotalSeconds} s. It showed:\n{text}");
        }
    }

    /// <summary>The rendered document's markup, read through the DOM domain (works with scripts off too).</summary>
    public async Task<string> OuterHtmlAsync()
    {
        var document = await SendAsync("DOM.getDocument", new JsonObject { ["depth"] = 0 });
        var html = await SendAsync("DOM.getOuterHTML", new JsonObject { ["nodeId"] = document.GetProperty("root").GetProperty("nodeId").GetInt32() });
        return html.GetProperty("outerHTML").GetString()!;
    }

    /// <summary>Saves a PNG of the whole page (not just the visible part) and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string path)
    {
        var layout = await SendAsync("Page.getLayoutMetrics");
        var size = layout.GetProperty("cssContentSize");
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject
        {
            ["format"] = "png",
            ["captureBeyondViewport"] = true,
            ["clip"] = new JsonObject
            {
                ["x"] = 0,
                ["y"] = 0,
                ["width"] = size.GetProperty("width").GetDouble(),
                ["height"] = size.GetProperty("height").GetDouble(),
                ["scale"] = 1,
            },
        });
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot.GetProperty("data").GetString()!));
        return path;
    }

    public async ValueTask DisposeAsync() =>
        await _connection.SendAsync("Target.closeTarget", new JsonObject { ["targetId"] = _targetId });

    private Task<JsonElement> SendAsync(string method, JsonObject? parameters = null) => _connection.SendAsync(method, parameters, _sessionId);
}

using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Supervise.AspNetCore.Tests.Browser;

/// <summary>
/// A headless Chromium (Debian's <c>chromium</c>) started for the tests, driven over the DevTools
/// Protocol: a fresh profile in a temporary folder, no network of its own, closed and removed at the end.
/// </summary>
public sealed partial class Chromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;

    private Chromium(Process process, string profile, DevToolsConnection connection)
    {
        _process = process;
        _profile = profile;
        Connection = connection;
    }

    public DevToolsConnection Connection { get; }

    public static async Task<Chromium> StartAsync()
    {
        var executable = Find() ?? throw new InvalidOperationException(
            "The browser tests need headless Chromium, and none was found (looked for SUPERVISE_CHROMIUM, then chromium, chromium-browser " +
            "and google-chrome on PATH). On Debian or Ubuntu: apt-get update && apt-get install -y chromium");
        var profile = Directory.CreateTempSubdirectory("supervise-chromium-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
            "--hide-scrollbars", "--mute-audio", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
            "--user-data-dir=" + profile, "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var output = new StringBuilder();
        void Record(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }

            if (DevToolsLine().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["url"].Value));
            }
        }

        process.ErrorDataReceived += (_, line) => Record(line.Data);
        process.OutputDataReceived += (_, line) => Record(line.Data);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"Chromium ({executable}) exited before listening:\n{output}"));
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var endpoint = await Guard.Within(listening.Task);
            return new Chromium(process, profile, await DevToolsConnection.ConnectAsync(endpoint));
        }
        catch
        {
            Stop(process);
            Directory.Delete(profile, recursive: true);
            throw;
        }
    }

    /// <summary>Opens a new tab on a blank page.</summary>
    public async Task<BrowserTab> OpenTabAsync()
    {
        var target = await Connection.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" });
        var targetId = target.GetProperty("targetId").GetString()!;
        var attached = await Connection.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = targetId, ["flatten"] = true });
        var tab = new BrowserTab(Connection, targetId, attached.GetProperty("sessionId").GetString()!);
        await tab.EnableAsync();
        return tab;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Connection.SendAsync("Browser.close").WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException)
        {
            // Closing the connection can race the reply; the process is waited for or killed below.
        }

        await Connection.DisposeAsync();
        try
        {
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            Stop(_process);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A helper process may still hold a file for a moment; the folder is a temporary one.
        }
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("SUPERVISE_CHROMIUM") is { Length: > 0 } configured)
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"SUPERVISE_CHROMIUM names {configured}, which does not exist; unset it to use chromium from PATH.");
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(folder => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }

    [GeneratedRegex(@"DevTools listening on (?<url>ws://\S+)")]
    private static partial Regex DevToolsLine();
}

using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Supervise.PackageTests.Support;

/// <summary>
/// A built app run as a long-lived host (<c>dotnet App.dll</c>): the test reads its output as it comes,
/// waits for a line, and stops it as a service manager does, with SIGTERM. Every wait has a ceiling, and
/// a process still running at the end is killed with its children.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromMinutes(1);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly List<(string Text, TaskCompletionSource Seen)> _waiters = new();

    private HostProcess(Process process)
    {
        _process = process;
    }

    /// <summary>Everything printed so far, standard output and error interleaved.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static HostProcess Start(ConsumerProject project, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = project.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine("bin", "Debug", "net10.0", project.Name + ".dll"));
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var host = new HostProcess(new Process { StartInfo = start });
        host._process.OutputDataReceived += (_, line) => host.Record(line.Data);
        host._process.ErrorDataReceived += (_, line) => host.Record(line.Data);
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Completes once a line containing <paramref name="text"/> has been printed (earlier lines count).</summary>
    public Task WaitForOutputAsync(string text)
    {
        lock (_output)
        {
            if (_output.ToString().Contains(text, StringComparison.Ordinal))
            {
                return Task.CompletedTask;
            }

            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((text, seen));
            return seen.Task.WaitAsync(WaitLimit);
        }
    }

    /// <summary>Sends SIGTERM, as <c>systemctl stop</c> or <c>docker stop</c> does.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public async Task<int> ExitCodeAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(WaitLimit);

        // Drains what is still buffered in the redirected streams.
        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        List<TaskCompletionSource> seen;
        lock (_output)
        {
            _output.AppendLine(line);
            seen = _waiters.Where(waiter => line.Contains(waiter.Text, StringComparison.Ordinal)).Select(waiter => waiter.Seen).ToList();
            _waiters.RemoveAll(waiter => line.Contains(waiter.Text, StringComparison.Ordinal));
        }

        seen.ForEach(waiter => waiter.TrySetResult());
    }
}

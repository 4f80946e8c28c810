using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Supervise.Hosting.Tests.Support;

/// <summary>
/// The WorkerService sample, run as a user runs it (<c>dotnet WorkerService.dll</c>) on a free loopback
/// port; ready once it has logged where its status page is.
/// </summary>
public sealed partial class SampleProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SampleProcess(Process process)
    {
        _process = process;
    }

    /// <summary>Where the sample listens, e.g. <c>http://127.0.0.1:41234/</c>; its status page is <c>supervisors</c> under it.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Everything the sample has written so far, stdout and stderr, for failure messages.</summary>
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

    public static async Task<SampleProcess> StartAsync(params string[] arguments)
    {
        var assembly = typeof(SampleProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "WorkerServicePath").Value!;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var sample = new SampleProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        sample._process.OutputDataReceived += (_, line) => sample.Record(line.Data);
        sample._process.ErrorDataReceived += (_, line) => sample.Record(line.Data);
        sample._process.Exited += (_, _) => sample._listening.TrySetException(new InvalidOperationException($"The sample exited before listening:\n{sample.Output}"));
        sample._process.Start();
        sample._process.BeginOutputReadLine();
        sample._process.BeginErrorReadLine();
        sample.BaseAddress = await Guard.Within(sample._listening.Task);
        return sample;
    }

    /// <summary>Sends the sample SIGINT, as Ctrl+C in its terminal does.</summary>
    public void Interrupt()
    {
        using var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public async Task<int> ExitCodeAsync()
    {
        await Guard.Within(_process.WaitForExitAsync());
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

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (StatusPageLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups["url"].Value));
        }
    }

    [GeneratedRegex(@"Status page: (?<url>http://127\.0\.0\.1:\d+/)supervisors")]
    private static partial Regex StatusPageLine();
}
